-- Each write of a vacancy's shortlist marks it with a new random version. An instance that holds the shortlist in
-- memory from its own last write compares versions under the vacancy's lock and reads the matches again only when
-- another writer (or a rolled-back transaction) changed it since.
alter table shortlist_tail add column version bigint not null default 0;

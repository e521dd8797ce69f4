-- A match re-ranked (its score, rank and explanation rewritten) keeps its row's indexed columns: with no index on the
-- rank and room left on each page, PostgreSQL rewrites it in place (a heap-only update) instead of adding an entry to
-- every index. A shortlist is at most a few dozen rows, sorted by rank when it is read.
drop index vacancy_match_ranking;
create index vacancy_match_vacancy on vacancy_match (vacancy_id);
alter table vacancy_match set (fillfactor = 70);

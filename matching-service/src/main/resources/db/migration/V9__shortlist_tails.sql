-- How each vacancy's shortlist ends (how many matches, and the one that ranks last), kept by every write of its
-- matches under the vacancy's lock: the participant feed reads it, without any lock, to pass over the pairs whose rank
-- cannot enter a full shortlist, instead of scanning the shortlists' rows, which every re-ranking rewrites.
create table shortlist_tail (
    vacancy_id           uuid primary key references vacancy (id) on delete cascade,
    size                 integer       not null check (size > 0),
    last_participant_id  uuid          not null,
    last_score           numeric(5, 4) not null,
    last_rank            numeric(5, 4) not null
);
insert into shortlist_tail (vacancy_id, size, last_participant_id, last_score, last_rank)
select v.vacancy_id, v.size, l.participant_id, l.score, l.rank
  from (select vacancy_id, count(*) as size from vacancy_match group by vacancy_id) v
  cross join lateral (select m.participant_id, m.score, m.rank from vacancy_match m
                       where m.vacancy_id = v.vacancy_id
                       order by m.rank, m.participant_id desc limit 1) l;

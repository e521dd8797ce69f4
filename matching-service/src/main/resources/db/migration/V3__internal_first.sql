-- Internal-first windows: until internal_first_until (inclusive) a vacancy proposes only the employer's incumbent
-- workers; open_to_all turns true when the window has passed (or there was none) and everyone has been weighed.
alter table vacancy add column internal_first_until date;
alter table vacancy add column open_to_all boolean not null default true;
create index vacancy_internal_first on vacancy (internal_first_until) where not open_to_all;

-- Who works for which employer now (hire.recorded.v1 until separation.recorded.v1).
create table incumbency (
    employment_id  uuid primary key,
    employer_id    uuid not null,
    participant_id uuid not null
);
create index incumbency_employer on incumbency (employer_id, participant_id);

-- One person enrolled at several agencies (participant.enrolled.v1 personId): counted once in personsServed.
alter table participant_fact add column person_id uuid;
create index participant_fact_person on participant_fact (person_id);

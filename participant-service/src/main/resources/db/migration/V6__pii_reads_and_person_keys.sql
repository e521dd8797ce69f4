-- Every read of a participant's personal data by a person: who, of which organisation, when, which record and fields.
create table pii_read (
    id                  uuid primary key,
    participant_id      uuid        not null,
    reader              text        not null,
    reader_organisation text,
    record              varchar(32) not null,
    fields              text        not null,
    read_at             timestamptz not null
);
create index pii_read_participant on pii_read (participant_id, read_at desc);
create index pii_read_reader on pii_read (reader, read_at desc);
create index pii_read_time on pii_read (read_at desc);

-- One person at several agencies: a salted key of names and date of birth, and one person id for all enrolments.
alter table participant
    add column person_key varchar(64),
    add column person_id  uuid;
update participant set person_id = id;
alter table participant alter column person_id set not null;
create index participant_person_key on participant (person_key) where person_key is not null;
create index participant_person on participant (person_id);

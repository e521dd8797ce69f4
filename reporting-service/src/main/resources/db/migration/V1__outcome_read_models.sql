-- Outcome read models, each upserted by its aggregate or record id so a redelivery or a replay never counts twice.
-- Skills and matches join to participants at query time, so the order topics are read in does not matter.

create table participant_fact (
    participant_id   uuid primary key,
    partner_agency   text        not null,
    consenting       boolean     not null,
    enrolled_at      timestamptz not null
);
create index participant_fact_agency on participant_fact (partner_agency);

create table skill_fact (
    skill_record_id  uuid primary key,
    participant_id   uuid          not null,
    element_id       varchar(16)   not null,
    level            numeric(4, 2) not null,
    source           varchar(32)   not null,
    attained_at      timestamptz   not null
);
create index skill_fact_participant on skill_fact (participant_id);

create table employer_fact (
    employer_id  uuid primary key,
    name         text        not null,
    naics_code   varchar(6)  not null,
    size_band    varchar(16) not null,
    joined_at    timestamptz not null
);

create table vacancy_fact (
    vacancy_id       uuid primary key,
    employer_id      uuid        not null,
    occupation_code  varchar(10),
    status           varchar(8)  not null,
    opened_at        timestamptz,
    closed_at        timestamptz
);
create index vacancy_fact_employer on vacancy_fact (employer_id);

create table program_fact (
    program_id    uuid primary key,
    provider_id   uuid        not null,
    title         text        not null,
    published_at  timestamptz not null
);

create table match_fact (
    match_id        uuid primary key,
    vacancy_id      uuid          not null,
    employer_id     uuid          not null,
    participant_id  uuid          not null,
    score           numeric(5, 4) not null,
    proposed_at     timestamptz   not null
);
create index match_fact_participant on match_fact (participant_id);
create index match_fact_employer on match_fact (employer_id);

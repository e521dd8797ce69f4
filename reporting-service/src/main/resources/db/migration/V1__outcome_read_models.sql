-- Outcome read models, built only from the platform's events; strings are text, since a read model takes whatever
-- the event contracts allow. Each row is upserted by its aggregate or record id, so a redelivery or a replay never
-- counts twice. Facts that belong to a participant (consent decisions, skills, matches) are kept by participant id and
-- joined to participant_fact at query time, so the order in which the topics (or the events of one participant) are
-- read does not matter.

create table participant_fact (
    participant_id    uuid primary key,
    partner_agency    text        not null,
    consent_to_share  boolean     not null,
    enrolled_at       timestamptz not null
);
create index participant_fact_agency on participant_fact (partner_agency);

-- The participant's latest consent decision after enrolment; it supersedes consent_to_share given at enrolment.
create table consent_fact (
    participant_id        uuid primary key,
    share_with_employers  boolean     not null,
    changed_at            timestamptz not null
);

create table skill_fact (
    skill_record_id  uuid primary key,
    participant_id   uuid          not null,
    element_id       text          not null,
    level            numeric(4, 2) not null,
    source           text          not null,
    attained_at      timestamptz   not null
);
create index skill_fact_participant on skill_fact (participant_id);

create table employer_fact (
    employer_id  uuid primary key,
    name         text        not null,
    naics_code   text        not null,
    size_band    text        not null,
    joined_at    timestamptz not null
);

-- A vacancy.closed.v1 read before its vacancy.opened.v1 creates the row already closed; the opening fills in the rest.
create table vacancy_fact (
    vacancy_id       uuid primary key,
    employer_id      uuid        not null,
    occupation_code  text,
    status           text        not null check (status in ('open', 'closed')),
    opened_at        timestamptz,
    closed_at        timestamptz
);
create index vacancy_fact_employer on vacancy_fact (employer_id);

create table program_fact (
    program_id    uuid primary key,
    provider_id   uuid        not null,
    title         text        not null,
    credential    text        not null,
    delivery_mode text        not null,
    published_at  timestamptz not null
);

-- One row per match (vacancy x participant); a later proposal supersedes an earlier one.
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

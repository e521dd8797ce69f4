-- Read models built from events only (participant-service and employer-service own the originals).

-- Participants as matching needs them: their partner agency and whether they share with employers.
create table participant (
    id              uuid primary key,
    partner_agency  text        not null,
    consenting      boolean     not null,
    updated_at      timestamptz not null
);
create index participant_consenting on participant (id) where consenting;

-- Skills of consenting participants only: the best level seen per O*NET element (0-7 level scale).
create table participant_skill (
    participant_id  uuid        not null references participant (id) on delete cascade,
    element_id      varchar(16) not null,
    level           numeric     not null,
    primary key (participant_id, element_id)
);
create index participant_skill_element on participant_skill (element_id);

-- Open vacancies; a closed vacancy is deleted with its matches.
create table vacancy (
    id               uuid primary key,
    employer_id      uuid        not null,
    title            text        not null,
    occupation_code  varchar(10) not null,
    opened_at        timestamptz not null
);
create index vacancy_employer on vacancy (employer_id);

create table vacancy_skill (
    vacancy_id      uuid        not null references vacancy (id) on delete cascade,
    element_id      varchar(16) not null,
    required_level  numeric     not null,
    primary key (vacancy_id, element_id)
);

-- Proposed matches: one per vacancy and participant (id derived from both), with the latest score.
create table vacancy_match (
    id              uuid primary key,
    vacancy_id      uuid          not null references vacancy (id) on delete cascade,
    participant_id  uuid          not null references participant (id) on delete cascade,
    score           numeric(5, 4) not null,
    proposed_at     timestamptz   not null,
    version         integer       not null default 0,
    unique (vacancy_id, participant_id)
);
create index vacancy_match_participant on vacancy_match (participant_id);
create index vacancy_match_ranking on vacancy_match (vacancy_id, score desc, participant_id);

-- The explanation of a match: each required skill, met or missing, with the participant's level (null if none).
create table vacancy_match_skill (
    match_id           uuid        not null references vacancy_match (id) on delete cascade,
    element_id         varchar(16) not null,
    required_level     numeric     not null,
    participant_level  numeric,
    met                boolean     not null,
    primary key (match_id, element_id)
);

-- What ranking needs beyond skills (docs/adr/0020-explainable-ranking.md).

-- The participant as enrolled: current wage, the shift they can work, their barriers (changed later by
-- participant.barriers-changed.v1).
alter table participant add column current_wage numeric;
alter table participant add column work_shift varchar(16);
alter table participant add column barriers text[] not null default '{}';

-- A vacancy's terms: wage, shift and the rung it fills (null for vacancies read before these were kept).
alter table vacancy add column hourly_wage numeric;
alter table vacancy add column shift varchar(16);
alter table vacancy add column ladder_id uuid;
alter table vacancy add column rung_id uuid;
alter table vacancy add column tier integer;

-- An incumbency's rung, occupation and wage (a promotion moves them up).
alter table incumbency add column rung_id uuid;
alter table incumbency add column occupation_code varchar(10);
alter table incumbency add column hourly_wage numeric;

-- Credentials awarded (credential.awarded.v1): their titles count where a ladder's step asks for one.
create table participant_credential (
    credential_id   uuid primary key,
    participant_id  uuid        not null,
    program_id      uuid        not null,
    title           text        not null,
    awarded_on      date        not null
);
create index participant_credential_participant on participant_credential (participant_id);

-- Programs and cohorts of the training asset map (program.published.v1, cohort.scheduled.v1 / cancelled.v1) and who
-- is enrolled in which cohort (enrolment.changed.v1): schedule fit, and training plans on pathways.
create table program (
    id              uuid primary key,
    provider_id     uuid        not null,
    title           text        not null,
    credential      text        not null,
    credential_type varchar(32),
    duration_weeks  integer     not null,
    cost            numeric     not null,
    skills_taught   jsonb       not null,
    entry_skills    jsonb       not null,
    prerequisites   uuid[]      not null,
    published_at    timestamptz not null
);

create table cohort (
    id              uuid primary key,
    program_id      uuid        not null,
    start_date      date        not null,
    end_date        date        not null,
    meeting_days    text[]      not null,
    start_time      time,
    end_time        time,
    delivery_mode   varchar(16) not null,
    seats           integer     not null,
    cost            numeric     not null,
    cancelled       boolean     not null default false
);
create index cohort_program on cohort (program_id);

create table cohort_enrolment (
    enrolment_id    uuid primary key,
    participant_id  uuid        not null,
    cohort_id       uuid        not null,
    status          varchar(16) not null,
    changed_at      timestamptz not null
);
create index cohort_enrolment_participant on cohort_enrolment (participant_id);

-- A match's rank (the weighted mean of its factors) and the factors, each with value, weight and reason.
alter table vacancy_match add column rank numeric(5, 4);
update vacancy_match set rank = score;
alter table vacancy_match alter column rank set not null;
alter table vacancy_match add column factors jsonb not null default '[]';
drop index vacancy_match_ranking;
create index vacancy_match_ranking on vacancy_match (vacancy_id, rank desc, participant_id);

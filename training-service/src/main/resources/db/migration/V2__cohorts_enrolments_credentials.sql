-- Programs: the kind of credential they award and their structured entrance requirements.
alter table program add column credential_type varchar(32) not null default 'CERTIFICATE_OF_COMPLETION';
alter table program alter column credential_type drop default;

create table program_entry_skill (
    program_id  uuid          not null references program (id) on delete cascade,
    list_index  integer       not null,
    element_id  varchar(16)   not null,
    level       numeric(4, 2) not null,
    primary key (program_id, list_index)
);

create table program_prerequisite (
    program_id      uuid    not null references program (id) on delete cascade,
    list_index      integer not null,
    prerequisite_id uuid    not null references program (id),
    primary key (program_id, list_index)
);

-- Participants as training-service knows them (participant.enrolled.v1, skill.attained.v1): no name, no contact.
create table learner (
    participant_id uuid primary key,
    partner_agency text        not null,
    work_shift     varchar(16)
);

create table learner_skill (
    participant_id uuid          not null references learner (participant_id) on delete cascade,
    element_id     varchar(16)   not null,
    level          numeric(4, 2) not null,
    primary key (participant_id, element_id)
);

-- Cohorts of programs: dates, meeting days and times, delivery, seats and cost to the participant.
create table cohort (
    id                  uuid primary key,
    program_id          uuid          not null references program (id),
    provider_id         uuid          not null references provider (id),
    start_date          date          not null,
    end_date            date          not null,
    start_time          time,
    end_time            time,
    delivery_mode       varchar(16)   not null,
    location            varchar(300),
    seats               integer       not null,
    cost_to_participant numeric(8, 2) not null,
    status              varchar(16)   not null,
    cancel_reason       varchar(500),
    scheduled_at        timestamptz   not null,
    version             integer       not null default 0
);
create index cohort_program on cohort (program_id, start_date);

create table cohort_meeting_day (
    cohort_id uuid        not null references cohort (id) on delete cascade,
    day       varchar(16) not null,
    primary key (cohort_id, day)
);

-- Enrolments: a participant's place in a cohort, and the skill gains recorded on it.
create table enrolment (
    id                uuid primary key,
    participant_id    uuid         not null,
    partner_agency    text         not null,
    cohort_id         uuid         not null references cohort (id),
    program_id        uuid         not null references program (id),
    provider_id       uuid         not null references provider (id),
    status            varchar(16)  not null,
    enrolled_on       date         not null,
    enrolled_by       text         not null,
    schedule_clash    varchar(300),
    withdrawn_on      date,
    withdrawal_reason varchar(500),
    completed_on      date,
    version           integer      not null default 0
);
create index enrolment_cohort on enrolment (cohort_id, status);
create index enrolment_participant on enrolment (participant_id);
create unique index enrolment_one_place on enrolment (cohort_id, participant_id) where status <> 'WITHDRAWN';

create table skill_gain (
    id           uuid primary key,
    enrolment_id uuid         not null references enrolment (id) on delete cascade,
    type         varchar(40)  not null,
    achieved_on  date         not null,
    note         varchar(500),
    recorded_by  text         not null,
    recorded_at  timestamptz  not null
);
create index skill_gain_enrolment on skill_gain (enrolment_id);

-- Credentials awarded on completion, with the skills the program teaches at the level reached.
create table credential (
    id             uuid primary key,
    participant_id uuid        not null,
    partner_agency text        not null,
    program_id     uuid        not null references program (id),
    provider_id    uuid        not null references provider (id),
    enrolment_id   uuid        not null references enrolment (id),
    title          text        not null,
    type           varchar(32) not null,
    awarded_on     date        not null,
    awarded_at     timestamptz not null
);
create index credential_participant on credential (participant_id);

create table credential_skill (
    credential_id uuid          not null references credential (id) on delete cascade,
    list_index    integer       not null,
    element_id    varchar(16)   not null,
    level         numeric(4, 2) not null,
    primary key (credential_id, list_index)
);

-- The network's credential signing keys (ES256); the newest signs, every one verifies.
create table signing_key (
    kid         text primary key,
    public_key  bytea       not null,
    private_key bytea       not null,
    created_at  timestamptz not null
);

-- The career ladders employer-service published (ladder.published.v1), as last published, for the asset map.
create table ladder_copy (
    ladder_id uuid primary key,
    version   integer not null,
    payload   jsonb   not null,
    retired   boolean not null
);

-- Participants enrolled by partner agencies. Contact details (names, email, phone) stay in this schema only.
create table participant (
    id                      uuid primary key,
    partner_agency          text          not null,
    given_name              varchar(100)  not null,
    family_name             varchar(100)  not null,
    email                   varchar(254),
    phone                   varchar(30),
    current_occupation_code varchar(10),
    current_hourly_wage     numeric(9, 2),
    consent_to_share        boolean       not null,
    consent_changed_at      timestamptz   not null,
    enrolled_by             text          not null,
    enrolled_at             timestamptz   not null,
    version                 integer       not null default 0
);
create index participant_agency on participant (partner_agency, enrolled_at desc);

-- Barriers to employment a navigator noted at enrolment.
create table participant_barrier (
    participant_id uuid        not null references participant (id) on delete cascade,
    barrier        varchar(32) not null,
    primary key (participant_id, barrier)
);

-- Skill records: O*NET elements at a level on the 0-7 scale; an element may be recorded many times over time.
create table skill_record (
    id             uuid primary key,
    participant_id uuid          not null references participant (id),
    element_id     varchar(16)   not null,
    level          numeric(4, 2) not null,
    source         varchar(16)   not null,
    evidence       varchar(1000),
    recorded_by    text          not null,
    attained_at    timestamptz   not null
);
create index skill_record_participant on skill_record (participant_id, element_id);

-- Consent history: every value a participant's consent to share with employers took, who recorded it and when.
create table consent_change (
    id                   uuid primary key,
    participant_id       uuid        not null references participant (id),
    share_with_employers boolean     not null,
    changed_by           text        not null,
    changed_at           timestamptz not null
);
create index consent_change_participant on consent_change (participant_id, changed_at);

-- Intake aligned with WIOA PIRL (ETA-9172); element numbers are in docs/services/participant-service.md.
alter table participant
    add column pirl_id                    varchar(12),
    add column date_of_birth              date,
    add column program_entry_date         date,
    add column employment_status_at_entry varchar(32),
    add column highest_education          varchar(40),
    add column ui_claimant                boolean,
    add column low_income                 boolean;
update participant
   set pirl_id = 'R' || upper(substr(replace(id::text, '-', ''), 1, 11)),
       program_entry_date = (enrolled_at at time zone 'UTC')::date;
alter table participant
    alter column pirl_id set not null,
    alter column program_entry_date set not null,
    add constraint participant_pirl_id unique (pirl_id);

-- Demographics (29 CFR 38.41): kept apart from the case, never returned with a participant, read only in aggregate.
create table participant_demographics (
    participant_id            uuid primary key references participant (id) on delete cascade,
    sex                       varchar(16),
    hispanic_latino           boolean,
    american_indian_alaska    boolean,
    asian                     boolean,
    black_african_american    boolean,
    native_hawaiian_pacific   boolean,
    white                     boolean,
    disability                boolean,
    veteran                   boolean,
    recorded_at               timestamptz not null
);

-- The services log: delivered (dated up to the day logged) or scheduled (dated after it); a scheduled one may be
-- cancelled. Career, training and support services keep a participant participating (the 90-day exit rule).
create table service_record (
    id            uuid primary key,
    participant_id uuid         not null references participant (id),
    kind          varchar(24)   not null,
    service_date  date          not null,
    description   varchar(500),
    recorded_by   text          not null,
    logged_on     date          not null,
    recorded_at   timestamptz   not null,
    cancelled_at  timestamptz,
    cancelled_by  text,
    cancel_reason varchar(500)
);
create index service_record_participant on service_record (participant_id, service_date);
create index service_record_counted on service_record (participant_id, service_date)
    where cancelled_at is null and kind in ('CAREER_SERVICE', 'TRAINING', 'SUPPORT_SERVICE');

-- Exclusions from performance (TEGL 10-16, Change 3; PIRL 923), each for the period its day falls in.
create table performance_exclusion (
    id             uuid primary key,
    participant_id uuid          not null references participant (id),
    reason         varchar(24)   not null,
    exclusion_date date          not null,
    period_start   date,
    note           varchar(1000),
    recorded_by    text          not null,
    recorded_at    timestamptz   not null
);
create index performance_exclusion_participant on performance_exclusion (participant_id, exclusion_date);

-- Exits announced by the daily job: one per period of participation, never moved.
create table participant_exit (
    id               uuid primary key,
    participant_id   uuid        not null references participant (id),
    period_start     date        not null,
    exit_date        date        not null,
    exclusion_reason varchar(24),
    exclusion_date   date,
    announced_at     timestamptz not null,
    unique (participant_id, exit_date)
);

-- Support referrals: a barrier, the provider referred to, and how the support went.
create table support_referral (
    id             uuid primary key,
    participant_id uuid         not null references participant (id),
    barrier        varchar(32)  not null,
    provider       varchar(200) not null,
    description    varchar(500),
    status         varchar(16)  not null,
    referred_on    date         not null,
    started_on     date,
    ended_on       date,
    outcome        varchar(16),
    referred_by    text         not null,
    recorded_at    timestamptz  not null,
    version        integer      not null default 0
);
create index support_referral_participant on support_referral (participant_id, referred_on);

-- Employments: a participant's job with one employer, from the hire through promotions and retention check-ins to a
-- separation.
create table employment (
    id                    uuid primary key,
    participant_id        uuid          not null,
    employer_id           uuid          not null references employer (id),
    vacancy_id            uuid references vacancy (id),
    referral_id           uuid,
    incumbent             boolean       not null,
    start_date            date          not null,
    weekly_hours          numeric(5, 2) not null check (weekly_hours > 0),
    hired_occupation_code varchar(10)   not null,
    hired_wage            numeric(9, 2) not null check (hired_wage > 0),
    ladder_id             uuid,
    rung_id               uuid,
    tier                  integer,
    occupation_code       varchar(10)   not null,
    hourly_wage           numeric(9, 2) not null check (hourly_wage > 0),
    status                varchar(16)   not null check (status in ('EMPLOYED', 'SEPARATED')),
    separated_on          date,
    separation_reason     varchar(16) check (separation_reason in ('VOLUNTARY', 'INVOLUNTARY', 'LAID_OFF', 'OTHER')),
    recorded_at           timestamptz   not null,
    version               integer       not null default 0
);
create index employment_employer on employment (employer_id, start_date desc);
create index employment_participant on employment (participant_id);
-- One current job per participant and employer: a change of job there is a promotion.
create unique index employment_one_current on employment (employer_id, participant_id) where status = 'EMPLOYED';

create table employment_promotion (
    employment_id        uuid          not null references employment (id) on delete cascade,
    promotion_id         uuid          not null unique,
    from_rung_id         uuid,
    from_tier            integer,
    from_occupation_code varchar(10)   not null,
    to_rung_id           uuid,
    to_tier              integer,
    to_occupation_code   varchar(10)   not null,
    wage_before          numeric(9, 2) not null,
    wage_after           numeric(9, 2) not null,
    promoted_on          date          not null,
    recorded_at          timestamptz   not null
);
create index employment_promotion_employment on employment_promotion (employment_id);

create table employment_check_in (
    employment_id   uuid    not null references employment (id) on delete cascade,
    days_after_hire integer not null check (days_after_hire > 0),
    due_on          date    not null,
    checked_on      date,
    still_employed  boolean,
    hourly_wage     numeric(9, 2),
    rung_id         uuid,
    occupation_code varchar(10),
    primary key (employment_id, days_after_hire)
);
create index employment_check_in_open on employment_check_in (due_on) where checked_on is null;

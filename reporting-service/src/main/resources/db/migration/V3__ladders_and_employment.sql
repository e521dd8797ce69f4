-- Career ladders, hiring agreements, referrals and employment facts (employer-service's rungs.ladder, rungs.agreement,
-- rungs.referral and rungs.employment topics), kept for the career-ladder indicators: placements, promotions, wage
-- gain, time to a rung, retention at 30/90/180 days. As in V1, every row is upserted by its aggregate or record id and
-- a later fact wins by its time (a ladder by its version), so no redelivery, replay or reading order changes a row.
-- Columns an earlier-read event cannot fill (a retirement read before its ladder's publication, an agreement's end
-- read before its signing) are nullable. No foreign keys: a replay copies each table on its own.

-- Vacancies now also end filled (hires took every opening), and may be at a rung of a ladder.
alter table vacancy_fact drop constraint vacancy_fact_status_check;
alter table vacancy_fact add constraint vacancy_fact_status_check check (status in ('open', 'closed', 'filled'));
alter table vacancy_fact
    add column filled_at  timestamptz,
    add column ladder_id  uuid,
    add column rung_id    uuid,
    add column tier       integer;
create index vacancy_fact_rung on vacancy_fact (rung_id);

-- A ladder's latest published version (version is null while only its retirement has been read).
create table ladder_fact (
    ladder_id     uuid primary key,
    version       integer,
    title         text,
    naics_code    text,
    region        text,
    taxonomy      text,
    kind          text,
    published_at  timestamptz,
    retired_at    timestamptz
);

-- The rungs and transitions of a ladder's latest version, replaced whole when a higher version is read.
create table rung_fact (
    ladder_id        uuid    not null,
    rung_id          uuid    not null,
    tier             integer not null,
    occupation_code  text    not null,
    local_title      text    not null,
    wage_from        numeric not null,
    wage_to          numeric not null,
    primary key (ladder_id, rung_id)
);
create index rung_fact_rung on rung_fact (rung_id);

create table transition_fact (
    ladder_id       uuid not null,
    transition_id   uuid not null,
    from_rung_id    uuid not null,
    to_rung_id      uuid not null,
    kind            text not null,
    months_in_rung  integer,
    credential      text,
    primary key (ladder_id, transition_id)
);

-- Hiring agreements: the signing fills the terms, the end fills ended_on/end_reason, in whichever order they are read.
create table agreement_fact (
    agreement_id                   uuid primary key,
    employer_id                    uuid not null,
    interview_qualified_referrals  boolean,
    internal_first_days            integer,
    check_in_days                  integer[],
    signed_on                      date,
    starts_on                      date,
    ends_on                        date,
    signed_at                      timestamptz,
    ended_on                       date,
    end_reason                     text,
    ended_at                       timestamptz
);
create index agreement_fact_employer on agreement_fact (employer_id);

-- The rungs an agreement covers, with the lowest hourly wage the employer pays a hire into each.
create table agreement_rung_fact (
    agreement_id  uuid    not null,
    ladder_id     uuid    not null,
    rung_id       uuid    not null,
    wage_floor    numeric not null,
    primary key (agreement_id, ladder_id, rung_id)
);
create index agreement_rung_fact_rung on agreement_rung_fact (rung_id);

-- A referral's latest stage, and every stage it reached (for funnel counts).
create table referral_fact (
    referral_id     uuid primary key,
    vacancy_id      uuid        not null,
    employer_id     uuid        not null,
    participant_id  uuid        not null,
    partner_agency  text        not null,
    stage           text        not null,
    previous_stage  text,
    changed_at      timestamptz not null
);
create index referral_fact_participant on referral_fact (participant_id);
create index referral_fact_vacancy on referral_fact (vacancy_id);
create index referral_fact_agency on referral_fact (partner_agency);

create table referral_stage_fact (
    referral_id     uuid        not null,
    stage           text        not null,
    changed_at      timestamptz not null,
    vacancy_id      uuid        not null,
    employer_id     uuid        not null,
    participant_id  uuid        not null,
    partner_agency  text        not null,
    primary key (referral_id, stage, changed_at)
);

-- Employment facts, each kept by its own id; an employment's facts are joined by employment_id at query time.
create table hire_fact (
    employment_id    uuid primary key,
    participant_id   uuid        not null,
    employer_id      uuid        not null,
    vacancy_id       uuid,
    referral_id      uuid,
    ladder_id        uuid,
    rung_id          uuid,
    tier             integer,
    occupation_code  text        not null,
    start_date       date        not null,
    hourly_wage      numeric     not null,
    weekly_hours     numeric     not null,
    incumbent        boolean     not null,
    recorded_at      timestamptz not null
);
create index hire_fact_participant on hire_fact (participant_id);
create index hire_fact_employer on hire_fact (employer_id);

create table promotion_fact (
    promotion_id          uuid primary key,
    employment_id         uuid        not null,
    participant_id        uuid        not null,
    employer_id           uuid        not null,
    ladder_id             uuid,
    from_rung_id          uuid,
    from_tier             integer,
    from_occupation_code  text        not null,
    to_rung_id            uuid,
    to_tier               integer,
    to_occupation_code    text        not null,
    wage_before           numeric     not null,
    wage_after            numeric     not null,
    promoted_on           date        not null,
    recorded_at           timestamptz not null
);
create index promotion_fact_employment on promotion_fact (employment_id);
create index promotion_fact_participant on promotion_fact (participant_id);

create table retention_check_fact (
    employment_id    uuid        not null,
    days_after_hire  integer     not null,
    participant_id   uuid        not null,
    employer_id      uuid        not null,
    due_on           date        not null,
    checked_on       date        not null,
    still_employed   boolean     not null,
    hourly_wage      numeric,
    rung_id          uuid,
    occupation_code  text,
    recorded_at      timestamptz not null,
    primary key (employment_id, days_after_hire)
);

create table separation_fact (
    employment_id   uuid primary key,
    participant_id  uuid        not null,
    employer_id     uuid        not null,
    separated_on    date        not null,
    reason          text        not null,
    recorded_at     timestamptz not null
);

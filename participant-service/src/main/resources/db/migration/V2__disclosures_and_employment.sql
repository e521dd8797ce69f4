-- Consent disclosures: a participant who accepts a referral discloses their name and contact to the vacancy's employer
-- until they withdraw consent or the referral is declined or withdrawn (referral.changed.v1).
create table disclosure (
    id                    uuid primary key,
    participant_id        uuid        not null references participant (id),
    recipient_employer_id uuid        not null,
    referral_id           uuid        not null unique,
    vacancy_id            uuid        not null,
    purpose               text        not null,
    granted_at            timestamptz not null,
    ended_at              timestamptz,
    end_reason            text
);
create index disclosure_participant on disclosure (participant_id, granted_at desc);
create index disclosure_open on disclosure (participant_id, recipient_employer_id) where ended_at is null;

-- Employment histories from employer-service's events (hire, promotion, retention check-in, separation).
create table employment_record (
    id                    uuid primary key,
    participant_id        uuid          not null,
    employer_id           uuid          not null,
    incumbent             boolean       not null,
    start_date            date          not null,
    weekly_hours          numeric(5, 2) not null,
    hired_occupation_code varchar(10)   not null,
    hired_wage            numeric(9, 2) not null,
    ladder_id             uuid,
    rung_id               uuid,
    tier                  integer,
    occupation_code       varchar(10)   not null,
    hourly_wage           numeric(9, 2) not null,
    promotions            integer       not null default 0,
    last_promoted_on      date,
    last_checked_on       date,
    separated_on          date,
    separation_reason     text
);
create index employment_record_participant on employment_record (participant_id, start_date desc);

-- Employers of the network by name (employer.joined.v1).
create table known_employer (
    id   uuid primary key,
    name text not null
);

-- Consent records: what each participant signed (purpose, recipients, scope), from when, until expiry or revocation.
create table consent_record (
    id               uuid primary key,
    participant_id   uuid         not null references participant (id),
    purpose          varchar(24)  not null,
    signed_on        date         not null,
    expires_on       date,
    revoked_on       date,
    revoked_by       text,
    evidence         varchar(500),
    recorded_by      text         not null,
    recorded_at      timestamptz  not null,
    expiry_announced boolean      not null default false
);
create index consent_record_participant on consent_record (participant_id, signed_on desc);
create index consent_record_expiry on consent_record (expires_on) where not expiry_announced;

create table consent_recipient (
    consent_id uuid         not null references consent_record (id) on delete cascade,
    recipient  varchar(210) not null,
    primary key (consent_id, recipient)
);

create table consent_scope (
    consent_id uuid        not null references consent_record (id) on delete cascade,
    scope      varchar(24) not null,
    primary key (consent_id, scope)
);

-- The one flag each participant had becomes a matching consent (skills, and contact after an accepted referral).
insert into consent_record (id, participant_id, purpose, signed_on, evidence, recorded_by, recorded_at)
select gen_random_uuid(), id, 'MATCHING', (consent_changed_at at time zone 'UTC')::date,
       'consent to share, recorded before consent records', 'migration', consent_changed_at
  from participant where consent_to_share;
insert into consent_scope (consent_id, scope)
select c.id, s.scope from consent_record c cross join (values ('SKILLS'), ('CONTACT')) as s (scope);

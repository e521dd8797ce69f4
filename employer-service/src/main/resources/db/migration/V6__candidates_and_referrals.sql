-- De-identified copy of participants (participant.enrolled.v1, consent.changed.v1, skill.attained.v1): no name or
-- contact ever reaches this schema; skills are kept only while the participant shares with employers.
create table candidate (
    id                    uuid primary key,
    partner_agency        text        not null,
    shares_with_employers boolean     not null,
    consent_changed_at    timestamptz not null
);

create table candidate_skill (
    candidate_id uuid          not null references candidate (id) on delete cascade,
    element_id   varchar(16)   not null,
    level        numeric(4, 2) not null,
    primary key (candidate_id, element_id)
);

-- Referrals of participants to vacancies, and every stage each went through.
create table referral (
    id             uuid primary key,
    vacancy_id     uuid        not null references vacancy (id),
    employer_id    uuid        not null references employer (id),
    participant_id uuid        not null,
    partner_agency text        not null,
    stage          varchar(16) not null
        check (stage in ('REFERRED', 'ACCEPTED', 'INTERVIEWED', 'OFFERED', 'HIRED', 'DECLINED', 'WITHDRAWN')),
    referred_at    timestamptz not null,
    version        integer     not null default 0
);
create index referral_vacancy on referral (vacancy_id, referred_at desc);
create index referral_participant on referral (participant_id);
create index referral_agency on referral (partner_agency, referred_at desc);
-- One open referral per participant and vacancy.
create unique index referral_one_open on referral (participant_id, vacancy_id)
    where stage in ('REFERRED', 'ACCEPTED', 'INTERVIEWED', 'OFFERED');

create table referral_stage (
    referral_id uuid        not null references referral (id) on delete cascade,
    position    integer     not null,
    stage       varchar(16) not null,
    changed_by  text        not null,
    changed_at  timestamptz not null,
    reason      text,
    primary key (referral_id, position)
);

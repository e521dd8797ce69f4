-- Hiring agreements (MOUs) between the intermediary and an employer: rungs covered with wage floors, commitments.
create table agreement (
    id                            uuid primary key,
    employer_id                   uuid        not null references employer (id),
    interview_qualified_referrals boolean     not null,
    internal_first_days           integer     not null check (internal_first_days >= 0),
    signed_for_employer           text        not null,
    signed_for_intermediary       text        not null,
    signed_on                     date        not null,
    starts_on                     date        not null,
    ends_on                       date,
    status                        varchar(16) not null check (status in ('SIGNED', 'ENDED')),
    ended_on                      date,
    end_reason                    text,
    recorded_at                   timestamptz not null,
    version                       integer     not null default 0
);
create index agreement_employer on agreement (employer_id);

create table agreement_rung (
    agreement_id uuid          not null references agreement (id) on delete cascade,
    position     integer       not null,
    ladder_id    uuid          not null,
    rung_id      uuid          not null,
    wage_floor   numeric(9, 2) not null,
    primary key (agreement_id, position)
);

create table agreement_check_in (
    agreement_id    uuid    not null references agreement (id) on delete cascade,
    position        integer not null,
    days_after_hire integer not null check (days_after_hire > 0),
    primary key (agreement_id, position)
);

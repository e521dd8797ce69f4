-- Career ladders: rungs of rising skill and pay at the network's employers, and the transitions between them.
create table ladder (
    id                  uuid primary key,
    title               text        not null,
    naics_code          varchar(6)  not null,
    region              text        not null,
    taxonomy            varchar(16) not null check (taxonomy in ('ONET_SOC', 'NOC_2021')),
    kind                varchar(16) not null check (kind in ('SINGLE_FIRM', 'CROSS_SECTOR')),
    status              varchar(16) not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    published_version   integer     not null default 0,
    unpublished_changes boolean     not null default false,
    created_at          timestamptz not null,
    published_at        timestamptz,
    retired_at          timestamptz,
    version             integer     not null default 0
);
create index ladder_title on ladder (lower(title));

create table ladder_rung (
    id              uuid primary key,
    ladder_id       uuid          not null references ladder (id) on delete cascade,
    tier            integer       not null check (tier >= 1),
    occupation_code varchar(10)   not null,
    local_title     text          not null,
    wage_from       numeric(9, 2) not null,
    wage_to         numeric(9, 2) not null,
    unique (ladder_id, tier, occupation_code)
);
create index ladder_rung_ladder on ladder_rung (ladder_id);
create index ladder_rung_occupation on ladder_rung (occupation_code);

create table rung_skill (
    rung_id       uuid          not null references ladder_rung (id) on delete cascade,
    position      integer       not null,
    element_id    varchar(16)   not null,
    minimum_level numeric(4, 2) not null,
    primary key (rung_id, position)
);

create table rung_credential (
    rung_id    uuid    not null references ladder_rung (id) on delete cascade,
    position   integer not null,
    credential text    not null,
    primary key (rung_id, position)
);

create table rung_employer (
    rung_id     uuid    not null references ladder_rung (id) on delete cascade,
    position    integer not null,
    employer_id uuid    not null references employer (id),
    job_title   text    not null,
    primary key (rung_id, position)
);
create index rung_employer_employer on rung_employer (employer_id);

create table ladder_transition (
    id             uuid primary key,
    ladder_id      uuid        not null references ladder (id) on delete cascade,
    from_rung_id   uuid        not null, -- rungs of the same ladder, kept so by the Ladder aggregate
    to_rung_id     uuid        not null,
    kind           varchar(16) not null check (kind in ('VERTICAL', 'DIAGONAL', 'HORIZONTAL')),
    months_in_rung integer,
    credential     text
);
create index ladder_transition_ladder on ladder_transition (ladder_id);

create table transition_skill (
    transition_id uuid          not null references ladder_transition (id) on delete cascade,
    position      integer       not null,
    element_id    varchar(16)   not null,
    minimum_level numeric(4, 2) not null,
    primary key (transition_id, position)
);

create table transition_program (
    transition_id uuid    not null references ladder_transition (id) on delete cascade,
    position      integer not null,
    program_id    uuid    not null,
    primary key (transition_id, position)
);

-- The training programs published to the asset map (program.published.v1), which transitions may name as bridges.
create table published_program (
    id           uuid primary key,
    provider_id  uuid        not null,
    title        text        not null,
    credential   text        not null,
    published_at timestamptz not null
);

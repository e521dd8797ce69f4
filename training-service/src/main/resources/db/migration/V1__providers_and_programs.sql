create table provider (
    id             uuid primary key,
    name           text        not null,
    kind           varchar(24) not null,
    contact_email  text,
    registered_at  timestamptz not null,
    version        integer     not null default 0
);
create index provider_name on provider (lower(name));

-- The training asset map: programs that bridge one rung of a career ladder to the next.
create table program (
    id                     uuid primary key,
    provider_id            uuid          not null references provider (id),
    title                  text          not null,
    credential             text          not null,
    delivery_mode          varchar(16)   not null,
    duration_weeks         integer       not null,
    duration_hours         integer       not null,
    schedule               varchar(16)   not null,
    entrance_requirements  text,
    cost                   numeric(8, 2) not null,
    published_at           timestamptz   not null,
    version                integer       not null default 0
);
create index program_provider on program (provider_id);
create index program_delivery_mode on program (delivery_mode);
create index program_schedule on program (schedule);
create index program_title on program (lower(title));

-- The occupations (O*NET-SOC codes) a program prepares for, in the provider's order.
create table program_occupation (
    program_id       uuid        not null references program (id) on delete cascade,
    list_index       integer     not null,
    occupation_code  varchar(10) not null,
    primary key (program_id, list_index),
    unique (program_id, occupation_code)
);
create index program_occupation_code on program_occupation (occupation_code);

-- The skills and knowledge a program teaches (O*NET element ids) and the level reached on O*NET's 0-7 scale.
create table program_skill (
    program_id  uuid          not null references program (id) on delete cascade,
    list_index  integer       not null,
    element_id  varchar(16)   not null,
    level       numeric(4, 2) not null,
    primary key (program_id, list_index),
    unique (program_id, element_id)
);
create index program_skill_element on program_skill (element_id);

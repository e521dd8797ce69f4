create table employer (
    id          uuid primary key,
    name        text        not null,
    naics_code  varchar(6)  not null,
    size_band   varchar(16) not null,
    joined_at   timestamptz not null,
    version     integer     not null default 0
);
create index employer_name on employer (lower(name));

create table vacancy (
    id              uuid primary key,
    employer_id     uuid          not null references employer (id),
    title           text          not null,
    occupation_code varchar(10)   not null,
    hourly_wage     numeric(9, 2) not null,
    openings        integer       not null,
    shift           varchar(16)   not null,
    status          varchar(16)   not null,
    close_reason    varchar(16),
    opened_at       timestamptz   not null,
    closed_at       timestamptz,
    version         integer       not null default 0
);
create index vacancy_employer on vacancy (employer_id);
create index vacancy_status on vacancy (status);

create table vacancy_skill (
    vacancy_id    uuid         not null references vacancy (id) on delete cascade,
    element_id    varchar(16)  not null,
    minimum_level numeric(4, 2) not null,
    primary key (vacancy_id, element_id)
);

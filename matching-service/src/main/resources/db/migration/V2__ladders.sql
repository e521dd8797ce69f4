-- Career ladders as published by employer-service: matching keeps each ladder's latest version only (an older version
-- read late changes nothing), with what ranking a vacancy as a participant's next rung needs: the rungs (occupation,
-- tier, wage band, required skills) and the transitions between them (kind and promotion criteria). A retirement is
-- final; one read before any publication of its ladder is kept as a retired row of version 0 with no rungs yet.
create table ladder (
    id            uuid primary key,
    version       integer     not null,
    title         text,
    status        varchar(16) not null check (status in ('PUBLISHED', 'RETIRED')),
    published_at  timestamptz,
    retired_at    timestamptz,
    updated_at    timestamptz not null
);

create table ladder_rung (
    ladder_id        uuid        not null references ladder (id) on delete cascade,
    rung_id          uuid        not null,
    tier             integer     not null,
    occupation_code  varchar(10) not null,
    wage_from        numeric     not null,
    wage_to          numeric     not null,
    primary key (ladder_id, rung_id)
);
-- a vacancy names its rung
create index ladder_rung_rung on ladder_rung (rung_id);

-- A rung's required skills: O*NET element ids with the minimum level (0-7 level scale).
create table ladder_rung_skill (
    ladder_id   uuid        not null references ladder (id) on delete cascade,
    rung_id     uuid        not null,
    element_id  varchar(16) not null,
    level       numeric     not null,
    primary key (ladder_id, rung_id, element_id)
);

-- Steps from one rung to another (vertical, diagonal, horizontal) with what they take besides skills.
create table ladder_transition (
    ladder_id       uuid        not null references ladder (id) on delete cascade,
    transition_id   uuid        not null,
    from_rung_id    uuid        not null,
    to_rung_id      uuid        not null,
    kind            varchar(16) not null,
    months_in_rung  integer,
    credential      text,
    primary key (ladder_id, transition_id)
);
create index ladder_transition_from on ladder_transition (from_rung_id);
create index ladder_transition_to on ladder_transition (to_rung_id);

-- A transition's promotion criteria: skills at levels.
create table ladder_transition_skill (
    ladder_id      uuid        not null references ladder (id) on delete cascade,
    transition_id  uuid        not null,
    element_id     varchar(16) not null,
    level          numeric     not null,
    primary key (ladder_id, transition_id, element_id)
);

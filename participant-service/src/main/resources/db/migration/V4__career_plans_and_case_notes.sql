-- Rungs of published ladders (ladder.published.v1), the goals career plans aim at.
create table known_rung (
    rung_id         uuid primary key,
    ladder_id       uuid     not null,
    ladder_title    text     not null,
    tier            integer  not null,
    occupation_code text     not null,
    title           text     not null,
    retired         boolean  not null default false
);
create index known_rung_ladder on known_rung (ladder_id);

-- Career advancement plans: a goal rung, steps with target dates, reviews at least twice a year.
create table career_plan (
    id               uuid primary key,
    participant_id   uuid        not null references participant (id),
    partner_agency   text        not null,
    goal_ladder_id   uuid        not null,
    goal_rung_id     uuid        not null,
    goal_title       text        not null,
    goal_tier        integer     not null,
    status           varchar(16) not null,
    started_on       date        not null,
    closed_on        date,
    started_by       text        not null,
    last_reviewed_on date,
    next_review_due  date        not null,
    version          integer     not null default 0
);
create unique index career_plan_one_active on career_plan (participant_id) where status = 'ACTIVE';
create index career_plan_review_due on career_plan (next_review_due) where status = 'ACTIVE';

create table plan_step (
    id          uuid primary key,
    plan_id     uuid         not null references career_plan (id) on delete cascade,
    kind        varchar(16)  not null,
    description varchar(500) not null,
    target_date date         not null,
    done_on     date,
    position    integer      not null
);
create index plan_step_plan on plan_step (plan_id);

create table plan_review (
    id          uuid primary key,
    plan_id     uuid          not null references career_plan (id) on delete cascade,
    reviewed_on date          not null,
    reviewed_by text          not null,
    note        varchar(2000)
);
create index plan_review_plan on plan_review (plan_id);

-- Navigators' case notes: read by the participant's agency and network admins only; the text never leaves.
create table case_note (
    id             uuid primary key,
    participant_id uuid          not null references participant (id),
    note_date      date          not null,
    text           varchar(4000) not null,
    author         text          not null,
    added_at       timestamptz   not null
);
create index case_note_participant on case_note (participant_id, note_date desc);

-- Rebuilds of the read models from the topics (POST /replays), with their progress. The read models themselves are
-- rebuilt in a schema of their own (<schema>_rebuild) and swapped in when complete.
create table replay (
    id              uuid primary key,
    status          varchar(16) not null check (status in ('RUNNING', 'COMPLETED', 'FAILED')),
    requested_by    text        not null,
    started_at      timestamptz not null,
    finished_at     timestamptz,
    events_total    bigint      not null default 0,
    events_read     bigint      not null default 0,
    events_applied  bigint      not null default 0,
    skipped         bigint      not null default 0,
    detail          text,
    version         integer     not null default 0
);
create index replay_started_at on replay (started_at desc);

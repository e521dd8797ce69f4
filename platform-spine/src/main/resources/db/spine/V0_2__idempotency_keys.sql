-- Idempotency keys of partner-facing POSTs: the first response to a (caller, key) is kept and replayed to retries.
-- The row is inserted at the start of the request's transaction, so a concurrent retry waits for it and then
-- replays; a request that fails writes nothing, not even its key.
create table idempotency_key (
    caller        text        not null,
    idem_key      text        not null,
    fingerprint   text        not null,
    status        integer,
    location      text,
    body          text,
    created_at    timestamptz not null default now(),
    primary key (caller, idem_key)
);
create index idempotency_key_created_at on idempotency_key (created_at);

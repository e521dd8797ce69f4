-- Platform spine tables, created in every service's own schema.

-- Transactional outbox: written in the same transaction as the state change it announces.
create table outbox_event (
    seq           bigserial primary key,
    id            uuid        not null unique,
    event_type    text        not null,
    topic         text        not null,
    aggregate_id  text        not null,
    occurred_at   timestamptz not null,
    payload       jsonb       not null,
    published_at  timestamptz
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Idempotent inbox: one row per event a consumer applied, written in the consumer's transaction.
create table processed_event (
    consumer      text        not null,
    event_id      text        not null,
    processed_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);

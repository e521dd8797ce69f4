-- The inbox is purged by age (see InboxRetention): an index to find the old rows.
create index processed_event_processed_at on processed_event (processed_at);

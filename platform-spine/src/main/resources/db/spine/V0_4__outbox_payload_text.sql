-- The outbox keeps each event's data as the text its producer serialised, and the relay sends that text as it is:
-- storing it as jsonb parsed every payload on insert and printed it back on every publish, on the path from a commit
-- to the event on Kafka, for nothing (no query looks inside a payload).
alter table outbox_event alter column payload type text using payload::text;

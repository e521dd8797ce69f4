-- No query finds participants by element in PostgreSQL: the candidate index in memory does, and the copy is read
-- whole at start. The index cost an entry on every skill the participant feed writes.
drop index participant_skill_element;

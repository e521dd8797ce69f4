-- Every matching-service instance reads every participant event (the participant feed) and keeps the participant copy
-- below; writes are guarded by the offset of the participant's last applied event (their events share one partition),
-- so an instance that lags never overwrites a newer state with an older one.
alter table participant add column applied_offset bigint not null default -1;
-- When the consent in force was given or withdrawn: a copy of an older consent event published again later (the
-- producer's outbox delivers at least once) is recognised as stale and changes nothing.
alter table participant add column consent_changed_at timestamptz;

-- Where the participant feed has applied every event before, per partition: the highest any instance reached. The
-- participant copy reflects exactly the events before these positions, so an instance that starts rebuilds its index
-- from the copy and reads the feed from here.
create table feed_position (
    topic        text    not null,
    partition    integer not null,
    next_offset  bigint  not null,
    primary key (topic, partition)
);

-- A match names its participant and their agency; the participant copy is written by the feed without the matches.
alter table vacancy_match add column partner_agency text;
update vacancy_match m set partner_agency = p.partner_agency from participant p where p.id = m.participant_id;
alter table vacancy_match alter column partner_agency set not null;

-- A consent and a vacancy applied at the same moment by two instances must not wait on each other's uncommitted rows:
-- the participant a match names is checked by the code that proposes it (only consenting participants are proposed,
-- and a withdrawal removes their matches), not by a foreign key.
alter table vacancy_match drop constraint vacancy_match_participant_id_fkey;

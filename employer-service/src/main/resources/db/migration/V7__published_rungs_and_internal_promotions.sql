-- The rungs of each ladder's last published version: employers post, hire and sign agreements only at these, and
-- a published rung is never removed. Transitions keep the order in which they were added.
create table ladder_published_rung (
    ladder_id uuid not null references ladder (id) on delete cascade,
    rung_id   uuid not null,
    primary key (ladder_id, rung_id)
);
insert into ladder_published_rung (ladder_id, rung_id)
    select l.id, r.id from ladder l join ladder_rung r on r.ladder_id = l.id where l.status = 'PUBLISHED';

alter table ladder_transition add column position integer;
update ladder_transition t set position = n.position
    from (select id, row_number() over (partition by ladder_id order by id) - 1 as position
          from ladder_transition) n
    where n.id = t.id;

-- A promotion into a vacancy (an internal candidate) names it, and the referral that led there.
alter table employment_promotion add column vacancy_id uuid;
alter table employment_promotion add column referral_id uuid;

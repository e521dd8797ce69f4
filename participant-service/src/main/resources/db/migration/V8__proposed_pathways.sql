-- Career pathways matching-service proposed (pathway.proposed.v1), the latest of each: a navigator's plan view shows
-- the one toward the plan's goal. body is the event's data as published.
create table proposed_pathway (
    pathway_id      uuid primary key,
    participant_id  uuid        not null,
    ladder_id       uuid        not null,
    target_rung_id  uuid        not null,
    proposed_at     timestamptz not null,
    body            jsonb       not null
);
create index proposed_pathway_goal on proposed_pathway (participant_id, ladder_id, target_rung_id, proposed_at desc);

-- Pathways asked for (GET /participants/{id}/pathway): computed again when the participant's skills, programs or
-- cohorts change; fingerprint is what was last proposed (pathway.proposed.v1), so only a change is announced.
create table pathway_request (
    id              uuid primary key,
    participant_id  uuid        not null,
    ladder_id       uuid        not null,
    target_rung_id  uuid        not null,
    objective       varchar(8)  not null check (objective in ('WEEKS', 'COST')),
    fingerprint     text        not null,
    proposed_at     timestamptz not null
);
create index pathway_request_participant on pathway_request (participant_id);

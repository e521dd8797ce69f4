-- A match's explanation moves into its row (matches are written and read in plain SQL, in batches): each required
-- skill as {elementId, requiredLevel, participantLevel, met}, in element order. digest fingerprints the whole
-- explanation (Appraisal.digest): a weighing compares it instead of reading the explanation; the matches stored before
-- have none (0), so their next weighing writes it. The version column goes: every change of a vacancy's shortlist
-- holds the vacancy's advisory lock.
alter table vacancy_match add column skills jsonb not null default '[]';
update vacancy_match m
   set skills = coalesce((select jsonb_agg(jsonb_build_object('elementId', s.element_id,
                                                             'requiredLevel', s.required_level,
                                                             'participantLevel', s.participant_level,
                                                             'met', s.met) order by s.element_id)
                            from vacancy_match_skill s where s.match_id = m.id), '[]');
alter table vacancy_match alter column skills drop default;
drop table vacancy_match_skill;
alter table vacancy_match drop column version;
alter table vacancy_match add column digest bigint not null default 0;
-- The match id is derived from the vacancy and the participant: its primary key already keeps one match per pair.
alter table vacancy_match drop constraint vacancy_match_vacancy_id_participant_id_key;

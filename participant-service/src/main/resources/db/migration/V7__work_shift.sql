-- The shift of the participant's current job, so training cohorts that clash with it are seen before enrolment.
alter table participant add column work_shift varchar(16);

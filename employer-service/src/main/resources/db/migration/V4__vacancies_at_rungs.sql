-- Vacancies at rungs of published ladders, with an internal-first window; drafted before they open; filled by hires.
alter table vacancy add column ladder_id uuid references ladder (id);
alter table vacancy add column rung_id uuid;
alter table vacancy add column tier integer check (tier >= 1);
alter table vacancy add column internal_first_until date;
alter table vacancy add column hired integer not null default 0 check (hired >= 0);
alter table vacancy add column created_at timestamptz;
alter table vacancy add column filled_at timestamptz;
update vacancy set created_at = opened_at;
alter table vacancy alter column created_at set not null;
alter table vacancy alter column opened_at drop not null;
alter table vacancy add constraint vacancy_status_known check (status in ('DRAFT', 'OPEN', 'FILLED', 'CLOSED'));
alter table vacancy add constraint vacancy_hired_within_openings check (hired <= openings);
create index vacancy_rung on vacancy (rung_id);

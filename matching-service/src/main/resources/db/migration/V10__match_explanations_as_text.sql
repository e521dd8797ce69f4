-- A match's ranking factors and skill-by-skill explanation are written by every weighing and read back only whole (the
-- candidates a vacancy's employer sees): they are kept as the JSON text the service wrote. As jsonb, every write of a
-- shortlist parsed a hundred documents on the path from a vacancy's opening to its proposals on Kafka.
alter table vacancy_match alter column factors drop default;
alter table vacancy_match alter column factors type text using factors::text;
alter table vacancy_match alter column skills drop default;
alter table vacancy_match alter column skills type text using skills::text;

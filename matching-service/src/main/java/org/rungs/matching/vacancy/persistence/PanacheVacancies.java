package org.rungs.matching.vacancy.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.matching.vacancy.domain.Vacancies;
import org.rungs.matching.vacancy.domain.Vacancy;
import org.rungs.spine.persistence.PanacheAggregates;

@ApplicationScoped
public class PanacheVacancies implements Vacancies, PanacheAggregates<Vacancy> {

    /**
     * The vacancy and its required skills in one statement, written at once: matches, written in plain SQL, refer to
     * it, and it is on the path from a vacancy's opening to its first proposals (persisting the entity took a round
     * trip per skill). The session does not hold it: a later read loads it from its rows.
     */
    private static final String INSERT = """
            with opened as (
                insert into vacancy (id, employer_id, title, occupation_code, opened_at, internal_first_until,
                                     open_to_all, hourly_wage, shift, ladder_id, rung_id, tier)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))
            insert into vacancy_skill (vacancy_id, element_id, required_level)
            select ?, element_id, required_level from unnest(?::text[], ?::numeric[]) as s(element_id, required_level)""";

    @Override
    public void add(Vacancy vacancy) {
        getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement s = connection.prepareStatement(INSERT)) {
                s.setObject(1, vacancy.id());
                s.setObject(2, vacancy.employerId());
                s.setString(3, vacancy.title());
                s.setString(4, vacancy.occupationCode());
                s.setObject(5, vacancy.openedAt().atOffset(java.time.ZoneOffset.UTC));
                s.setObject(6, vacancy.internalFirstUntil());
                s.setBoolean(7, !vacancy.incumbentsOnly());
                s.setBigDecimal(8, vacancy.hourlyWage());
                s.setString(9, vacancy.shift());
                s.setObject(10, vacancy.ladderId());
                s.setObject(11, vacancy.rungId());
                s.setObject(12, vacancy.tier(), java.sql.Types.INTEGER);
                s.setObject(13, vacancy.id());
                var skills = vacancy.requiredSkills();
                s.setArray(14, connection.createArrayOf("text", skills.keySet().toArray()));
                s.setArray(15,
                        connection.createArrayOf("numeric", skills.keySet().stream().map(skills::get).toArray()));
                s.executeUpdate();
            }
        });
    }

    @Override
    public void remove(Vacancy vacancy) {
        delete(vacancy);
    }

    @Override
    public void lock(UUID vacancyId) {
        lock(List.of(vacancyId));
    }

    /**
     * One statement takes them all, in the order of their lock keys (PostgreSQL evaluates the volatile lock function
     * after sorting), so two transactions locking overlapping sets never wait for each other in a circle.
     */
    @Override
    public void lock(java.util.Collection<UUID> vacancyIds) {
        if (vacancyIds.isEmpty()) {
            return;
        }
        String[] keys = vacancyIds.stream().map(id -> "vacancy:" + id).toArray(String[]::new);
        getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement s = connection.prepareStatement("""
                    select pg_advisory_xact_lock(hashtextextended(k, 0)) from unnest(?::text[]) k
                     order by hashtextextended(k, 0)""")) {
                s.setArray(1, connection.createArrayOf("text", keys));
                s.executeQuery().close();
            }
        });
    }

    @Override
    public java.util.Map<UUID, Vacancy> byIds(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, Vacancy> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            // read to weigh, never changed: no snapshot to check at commit; the required skills of a vacancy owned
            // here come from the index, so they are loaded only for another's (lazily, in batches)
            find("select v from Vacancy v where v.id in ?1", ids)
                    .withHint("org.hibernate.flushMode", "COMMIT").withHint("org.hibernate.readOnly", true).list()
                    .forEach(v -> found.put(v.id(), v));
        }
        return found;
    }

    @Override
    public List<UUID> openAtRungs(java.util.Collection<UUID> rungIds) {
        return rungIds.isEmpty()
                ? List.of()
                : getEntityManager().createQuery("select v.id from Vacancy v where v.rungId in ?1", UUID.class)
                        .setParameter(1, rungIds).getResultList();
    }

    @Override
    public List<Vacancy> open() {
        return find("select distinct v from Vacancy v left join fetch v.requiredSkills").list();
    }

    @Override
    public List<Vacancy> internalFirstPassedBy(LocalDate day) {
        return find("openToAll = false and internalFirstUntil < ?1", day).list();
    }
}

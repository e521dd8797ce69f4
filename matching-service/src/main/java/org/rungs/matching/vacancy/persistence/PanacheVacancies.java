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

    /** Written at once: matches, written in plain SQL, refer to it. */
    @Override
    public void add(Vacancy vacancy) {
        persist(vacancy);
        flush();
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
            find("select distinct v from Vacancy v left join fetch v.requiredSkills where v.id in ?1", ids)
                    .withHint("org.hibernate.flushMode", "COMMIT").list()
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

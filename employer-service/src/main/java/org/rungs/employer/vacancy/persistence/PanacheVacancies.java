package org.rungs.employer.vacancy.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.rungs.employer.vacancy.domain.Vacancies;
import org.rungs.employer.vacancy.domain.Vacancy;
import org.rungs.spine.domain.Page;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheVacancies implements Vacancies, PanacheRepositoryBase<Vacancy, UUID> {

    @Override
    public Optional<Vacancy> byId(UUID id) {
        return findByIdOptional(id);
    }

    @Override
    public Optional<Vacancy> byIdForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void add(Vacancy vacancy) {
        persist(vacancy);
    }

    @Override
    public Page<Vacancy> search(Search search, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search.ownedBy() != null) {
            where.append(" and cast(employerId as string) = :own");
            params.put("own", search.ownedBy());
        }
        if (search.status() != null) {
            where.append(" and status = :status");
            params.put("status", search.status());
        }
        if (search.employerId() != null) {
            where.append(" and employerId = :employerId");
            params.put("employerId", search.employerId());
        }
        if (search.occupationCode() != null) {
            where.append(" and occupationCode = :occupationCode");
            params.put("occupationCode", search.occupationCode());
        }
        var query = find(where.toString(), Sort.descending("openedAt").and("id"), params);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}

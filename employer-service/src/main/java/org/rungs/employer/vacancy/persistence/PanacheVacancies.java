package org.rungs.employer.vacancy.persistence;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.employer.vacancy.domain.Vacancies;
import org.rungs.employer.vacancy.domain.Vacancy;
import org.rungs.spine.domain.Page;
import org.rungs.spine.persistence.PanacheAggregates;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheVacancies implements Vacancies, PanacheAggregates<Vacancy> {

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
        var query = find(where.toString(), Sort.descending("createdAt").and("id"), params);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}

package org.rungs.employer.employer.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.employer.employer.domain.Employer;
import org.rungs.employer.employer.domain.Employers;
import org.rungs.spine.domain.Page;
import org.rungs.spine.persistence.PanacheAggregates;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheEmployers implements Employers, PanacheAggregates<Employer> {

    @Override
    public Page<Employer> byName(int page, int size) {
        var query = findAll(Sort.by("name").and("id"));
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}

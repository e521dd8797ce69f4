package org.rungs.employer.employer.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.employer.employer.domain.Employer;
import org.rungs.employer.employer.domain.Employers;
import org.rungs.spine.domain.Page;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheEmployers implements Employers, PanacheRepositoryBase<Employer, UUID> {

    @Override
    public Optional<Employer> byId(UUID id) {
        return findByIdOptional(id);
    }

    @Override
    public boolean exists(UUID id) {
        return count("id", id) > 0;
    }

    @Override
    public void add(Employer employer) {
        persist(employer);
    }

    @Override
    public Page<Employer> byName(int page, int size) {
        var query = findAll(Sort.by("name").and("id"));
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}

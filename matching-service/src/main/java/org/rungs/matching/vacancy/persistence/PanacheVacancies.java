package org.rungs.matching.vacancy.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.matching.vacancy.domain.Vacancies;
import org.rungs.matching.vacancy.domain.Vacancy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PanacheVacancies implements Vacancies, PanacheRepositoryBase<Vacancy, UUID> {

    @Override
    public Optional<Vacancy> byId(UUID id) {
        return findByIdOptional(id);
    }

    @Override
    public void add(Vacancy vacancy) {
        persist(vacancy);
    }

    @Override
    public void remove(Vacancy vacancy) {
        delete(vacancy);
    }

    @Override
    public List<Vacancy> open() {
        return find("select distinct v from Vacancy v left join fetch v.requiredSkills").list();
    }
}

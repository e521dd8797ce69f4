package org.rungs.matching.vacancy;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class VacancyRepository implements PanacheRepositoryBase<Vacancy, UUID> {

    /** Every open vacancy, with its required skills loaded in the same query. */
    public List<Vacancy> openWithSkills() {
        return find("select distinct v from Vacancy v left join fetch v.requiredSkills").list();
    }
}

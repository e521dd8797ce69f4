package org.rungs.employer.employer;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EmployerRepository implements PanacheRepositoryBase<Employer, UUID> {
}

package org.rungs.training.program;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProgramRepository implements PanacheRepositoryBase<Program, UUID> {
}

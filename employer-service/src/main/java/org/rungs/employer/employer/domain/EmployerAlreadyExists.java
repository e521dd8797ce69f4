package org.rungs.employer.employer.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** An employer with this id is already in the network. */
public class EmployerAlreadyExists extends DomainError {

    public EmployerAlreadyExists(UUID id) {
        super("Employer " + id + " already exists");
    }
}

package org.rungs.employer.vacancy.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** A vacancy closes once. */
public class VacancyAlreadyClosed extends DomainError {

    public VacancyAlreadyClosed(UUID id) {
        super("Vacancy " + id + " is already closed");
    }
}

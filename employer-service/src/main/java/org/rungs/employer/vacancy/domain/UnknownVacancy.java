package org.rungs.employer.vacancy.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** No vacancy has this id (or it is another employer's). */
public class UnknownVacancy extends NotFound {

    public UnknownVacancy(UUID id) {
        super("Vacancy", id);
    }
}

package org.rungs.matching.vacancy.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** No open vacancy has this id (or it is not the caller's to see). */
public class UnknownVacancy extends NotFound {

    public UnknownVacancy(UUID id) {
        super("Vacancy", id);
    }
}

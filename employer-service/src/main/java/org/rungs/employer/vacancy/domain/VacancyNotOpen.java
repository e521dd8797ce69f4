package org.rungs.employer.vacancy.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** A change that needs the vacancy in another state: a hire on a closed vacancy, opening an open one. */
public class VacancyNotOpen extends DomainError {

    public VacancyNotOpen(UUID id, VacancyStatus status, String rule) {
        super("Vacancy " + id + " is " + status.wire() + ": " + rule);
    }
}

package org.rungs.training.cohort.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** The cohort was cancelled: it takes no enrolments and cannot be cancelled again. */
public class CohortCancelledAlready extends DomainError {

    public CohortCancelledAlready(UUID cohortId) {
        super("Cohort " + cohortId + " was cancelled");
    }
}

package org.rungs.training.enrolment.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** Every seat of the cohort is taken (enrolled or completed). */
public class CohortFull extends DomainError {

    public CohortFull(UUID cohortId, int seats) {
        super("Cohort " + cohortId + " has all its " + seats + " seats taken");
    }
}

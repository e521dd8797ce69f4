package org.rungs.training.cohort.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

public class UnknownCohort extends NotFound {

    public UnknownCohort(UUID id) {
        super("Cohort", id);
    }
}

package org.rungs.training.cohort.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** A cohort is scheduled until it is cancelled. */
public enum CohortStatus {

    SCHEDULED, CANCELLED;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}

package org.rungs.employer.employment.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Employed, or separated from the employer. */
public enum EmploymentStatus {

    EMPLOYED, SEPARATED;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}

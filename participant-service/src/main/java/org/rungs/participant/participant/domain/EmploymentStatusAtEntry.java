package org.rungs.participant.participant.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** PIRL 400, Employment Status at Program Entry. */
public enum EmploymentStatusAtEntry {

    /** PIRL code 1. */
    EMPLOYED,
    /** PIRL code 2: employed, but received a notice of termination or a military separation. */
    EMPLOYED_WITH_NOTICE,
    /** PIRL code 3. */
    NOT_IN_LABOR_FORCE,
    /** PIRL code 0. */
    UNEMPLOYED;

    @JsonValue
    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }
}

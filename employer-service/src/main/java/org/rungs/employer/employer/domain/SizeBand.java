package org.rungs.employer.employer.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Employer size by number of employees. */
public enum SizeBand {

    MICRO("1-9"), SMALL("10-49"), MEDIUM("50-249"), LARGE("250+");

    private final String label;

    SizeBand(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}

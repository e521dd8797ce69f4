package org.rungs.employer.vacancy.domain;

import com.fasterxml.jackson.annotation.JsonValue;

public enum Shift {

    DAY, EVENING, NIGHT, ROTATING, FLEXIBLE;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}

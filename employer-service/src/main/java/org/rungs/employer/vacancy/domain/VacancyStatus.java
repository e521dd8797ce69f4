package org.rungs.employer.vacancy.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Draft (not yet announced), open (taking candidates), filled (every opening hired) or closed. */
public enum VacancyStatus {

    DRAFT, OPEN, FILLED, CLOSED;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}

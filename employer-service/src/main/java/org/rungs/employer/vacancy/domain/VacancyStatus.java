package org.rungs.employer.vacancy.domain;

import com.fasterxml.jackson.annotation.JsonValue;

public enum VacancyStatus {

    OPEN, CLOSED;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}

package org.rungs.employer.vacancy.domain;

import com.fasterxml.jackson.annotation.JsonValue;

public enum CloseReason {

    FILLED, CANCELLED, EXPIRED;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}

package org.rungs.employer.ladder.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Draft until first published; retired when no longer offered. */
public enum LadderStatus {

    DRAFT, PUBLISHED, RETIRED;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}

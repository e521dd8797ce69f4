package org.rungs.employer.employment.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a worker left an employer. */
public enum SeparationReason {

    VOLUNTARY("voluntary"), INVOLUNTARY("involuntary"), LAID_OFF("laid-off"), OTHER("other");

    private final String wire;

    SeparationReason(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}

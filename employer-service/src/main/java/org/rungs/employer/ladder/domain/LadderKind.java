package org.rungs.employer.ladder.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** A ladder inside one firm, or across the employers of a sector. */
public enum LadderKind {

    SINGLE_FIRM("single-firm"), CROSS_SECTOR("cross-sector");

    private final String wire;

    LadderKind(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}

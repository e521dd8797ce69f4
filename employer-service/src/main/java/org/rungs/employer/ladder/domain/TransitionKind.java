package org.rungs.employer.ladder.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a transition moves: vertical (next tier, same occupation family and employer), diagonal (next tier, another
 * family or employer) or horizontal (same tier, another family).
 */
public enum TransitionKind {

    VERTICAL, DIAGONAL, HORIZONTAL;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}

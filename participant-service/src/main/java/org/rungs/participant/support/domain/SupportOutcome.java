package org.rungs.participant.support.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a support ended: it ran its course, the participant declined it, or the provider could not give it. */
public enum SupportOutcome {

    COMPLETED, DECLINED, UNAVAILABLE;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}

package org.rungs.participant.plan.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** A plan is active until its goal is achieved or it is abandoned; then a new plan may start. */
public enum PlanStatus {

    ACTIVE, ACHIEVED, ABANDONED;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}

package org.rungs.participant.plan.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a step of a career advancement plan is: training, a credential to earn, a promotion to reach, or other. */
public enum StepKind {

    TRAINING, CREDENTIAL, PROMOTION, OTHER;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}

package org.rungs.participant.participation.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kinds of service a navigator logs (TEGL 10-16, Change 3). Career, training and support services keep a
 * participant participating; self-service, information-only services and follow-up do not, so they neither start a
 * period of participation nor delay its exit.
 */
public enum ServiceKind {

    CAREER_SERVICE(true), TRAINING(true), SUPPORT_SERVICE(true), FOLLOW_UP(false), SELF_SERVICE(
            false), INFORMATION_ONLY(false);

    private final boolean keepsParticipating;

    ServiceKind(boolean keepsParticipating) {
        this.keepsParticipating = keepsParticipating;
    }

    /** Whether a service of this kind starts or continues a period of participation. */
    public boolean keepsParticipating() {
        return keepsParticipating;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }
}

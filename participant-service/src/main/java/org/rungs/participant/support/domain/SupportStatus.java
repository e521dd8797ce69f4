package org.rungs.participant.support.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a support referral stands: referred, then started, then ended (or ended without starting). */
public enum SupportStatus {

    REFERRED, STARTED, ENDED;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}

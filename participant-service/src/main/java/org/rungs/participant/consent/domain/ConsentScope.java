package org.rungs.participant.consent.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which of the participant's data a consent lets go to its recipients. */
public enum ConsentScope {

    SKILLS, CONTACT, EMPLOYMENT_OUTCOMES;

    @JsonValue
    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }
}

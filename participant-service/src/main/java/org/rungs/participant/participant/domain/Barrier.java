package org.rungs.participant.participant.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** A barrier to employment a navigator notes, so services and reports can account for it. */
public enum Barrier {

    CHILDCARE, TRANSPORTATION, LITERACY, LANGUAGE, HOUSING, HEALTH, CRIMINAL_RECORD, DIGITAL_ACCESS;

    @JsonValue
    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }
}

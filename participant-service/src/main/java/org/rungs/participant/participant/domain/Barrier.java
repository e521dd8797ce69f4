package org.rungs.participant.participant.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A barrier to employment a navigator notes, so supports, services and reports can account for it. Where PIRL has an
 * element: housing (800, homeless), criminal-record (801, ex-offender), language (803, English language learner),
 * literacy (804, basic skills deficient or low levels of literacy).
 */
public enum Barrier {

    CHILDCARE, TRANSPORTATION, LITERACY, LANGUAGE, HOUSING, HEALTH, CRIMINAL_RECORD, DIGITAL_ACCESS, LEARNING_DISABILITY;

    @JsonValue
    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }
}

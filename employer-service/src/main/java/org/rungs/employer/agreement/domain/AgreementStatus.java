package org.rungs.employer.agreement.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Signed (in force between its start and end dates) or ended early. */
public enum AgreementStatus {

    SIGNED, ENDED;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}

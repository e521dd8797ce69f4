package org.rungs.training.enrolment.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** An enrolment is enrolled, then withdrawn or completed (both final). */
public enum EnrolmentStatus {

    ENROLLED, WITHDRAWN, COMPLETED;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}

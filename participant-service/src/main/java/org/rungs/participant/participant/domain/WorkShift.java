package org.rungs.participant.participant.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The shift a working participant works (the same words as vacancies'), so training cohorts that clash with it are seen
 * before enrolment.
 */
public enum WorkShift {

    DAY, EVENING, NIGHT, ROTATING, FLEXIBLE;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}

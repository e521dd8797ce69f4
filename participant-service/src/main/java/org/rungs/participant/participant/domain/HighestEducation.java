package org.rungs.participant.participant.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** PIRL 407, Highest Educational Level Completed at Program Entry (its codes in order, 0 to 8). */
public enum HighestEducation {

    NONE, SECONDARY_DIPLOMA, SECONDARY_EQUIVALENCY, DISABILITY_CERTIFICATE, SOME_POSTSECONDARY, POSTSECONDARY_CERTIFICATE, ASSOCIATE_DEGREE, BACHELORS_DEGREE, BEYOND_BACHELORS;

    /** The PIRL code. */
    public int pirlCode() {
        return ordinal();
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }
}

package org.rungs.training.enrolment.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** The five types of measurable skill gain (WIOA; TEGL 10-16, Change 3, section 10). */
public enum GainType {

    /** An educational functioning level gained (pre- and post-test, or Carnegie units, or entry to postsecondary). */
    EDUCATIONAL_FUNCTIONING_LEVEL,
    /** A secondary school diploma or its recognised equivalent. */
    SECONDARY_DIPLOMA,
    /** A secondary or postsecondary transcript or report card meeting the state's academic standards. */
    TRANSCRIPT,
    /** A satisfactory progress report toward established milestones (e.g. in an apprenticeship or OJT). */
    TRAINING_MILESTONE,
    /** A passed exam required for an occupation, or progress in attaining technical or occupational skills. */
    SKILLS_EXAM;

    @JsonValue
    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }
}

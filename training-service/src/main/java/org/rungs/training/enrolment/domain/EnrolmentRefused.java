package org.rungs.training.enrolment.domain;

import org.rungs.spine.domain.FieldsRefused;

/** An enrolment, move or skill gain whose input the rules refuse, naming the field. */
public class EnrolmentRefused extends FieldsRefused {

    public EnrolmentRefused(String field, String problem) {
        super(field, problem);
    }
}

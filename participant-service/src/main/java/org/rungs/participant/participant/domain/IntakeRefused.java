package org.rungs.participant.participant.domain;

import org.rungs.spine.domain.FieldsRefused;

/** An intake the rules refuse: an entry in the future, a date of birth too recent for the program. */
public class IntakeRefused extends FieldsRefused {

    public IntakeRefused(String field, String problem) {
        super(field, problem);
    }
}

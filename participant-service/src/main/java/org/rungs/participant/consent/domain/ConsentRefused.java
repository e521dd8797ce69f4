package org.rungs.participant.consent.domain;

import org.rungs.spine.domain.FieldsRefused;

/** A consent record whose input the rules refuse, naming the field. */
public class ConsentRefused extends FieldsRefused {

    public ConsentRefused(String field, String problem) {
        super(field, problem);
    }
}

package org.rungs.participant.support.domain;

import org.rungs.spine.domain.FieldsRefused;

/** A support referral or move whose input the rules refuse, naming the field. */
public class SupportRefused extends FieldsRefused {

    public SupportRefused(String field, String problem) {
        super(field, problem);
    }
}

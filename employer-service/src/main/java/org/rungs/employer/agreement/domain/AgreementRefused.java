package org.rungs.employer.agreement.domain;

import java.util.Map;

import org.rungs.spine.domain.FieldsRefused;

/** An agreement, or its ending, was refused: each offending field of the request and why. */
public class AgreementRefused extends FieldsRefused {

    public AgreementRefused(Map<String, String> fields) {
        super("Agreement refused: " + String.join(", ", fields.keySet()), fields);
    }
}

package org.rungs.employer.employment.domain;

import java.util.Map;

import org.rungs.spine.domain.FieldsRefused;

/** A hire, promotion, check-in or separation was refused: each offending field of the request and why. */
public class EmploymentRefused extends FieldsRefused {

    public EmploymentRefused(Map<String, String> fields) {
        super("Refused: " + String.join(", ", fields.keySet()), fields);
    }
}

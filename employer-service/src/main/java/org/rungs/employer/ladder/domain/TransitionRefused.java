package org.rungs.employer.ladder.domain;

import java.util.Map;

import org.rungs.spine.domain.FieldsRefused;

/** A transition was refused: each offending field of the request and why. */
public class TransitionRefused extends FieldsRefused {

    public TransitionRefused(Map<String, String> fields) {
        super("A transition was refused: " + String.join(", ", fields.keySet()), fields);
    }
}

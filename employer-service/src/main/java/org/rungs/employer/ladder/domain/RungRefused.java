package org.rungs.employer.ladder.domain;

import java.util.Map;

import org.rungs.spine.domain.FieldsRefused;

/** A rung was refused: each offending field of the request and why. */
public class RungRefused extends FieldsRefused {

    public RungRefused(Map<String, String> fields) {
        super("A rung was refused: " + String.join(", ", fields.keySet()), fields);
    }
}

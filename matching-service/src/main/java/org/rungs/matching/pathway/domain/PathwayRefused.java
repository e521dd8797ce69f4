package org.rungs.matching.pathway.domain;

import org.rungs.spine.domain.FieldsRefused;

/** A pathway asked of something that is not there: a ladder not published, a rung not on it. */
public class PathwayRefused extends FieldsRefused {

    public PathwayRefused(String field, String problem) {
        super(field, problem);
    }
}

package org.rungs.training.program.domain;

import org.rungs.spine.domain.FieldsRefused;

/** A program the rules refuse, naming the field (e.g. a prerequisite that is not a published program). */
public class ProgramRefused extends FieldsRefused {

    public ProgramRefused(String field, String problem) {
        super(field, problem);
    }
}

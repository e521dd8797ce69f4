package org.rungs.training.cohort.domain;

import org.rungs.spine.domain.FieldsRefused;

/** A cohort whose input the rules refuse, naming the field. */
public class CohortRefused extends FieldsRefused {

    public CohortRefused(String field, String problem) {
        super(field, problem);
    }
}

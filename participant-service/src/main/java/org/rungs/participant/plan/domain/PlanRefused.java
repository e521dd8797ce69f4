package org.rungs.participant.plan.domain;

import org.rungs.spine.domain.FieldsRefused;

/** A career plan, step or review whose input the rules refuse, naming the field. */
public class PlanRefused extends FieldsRefused {

    public PlanRefused(String field, String problem) {
        super(field, problem);
    }
}

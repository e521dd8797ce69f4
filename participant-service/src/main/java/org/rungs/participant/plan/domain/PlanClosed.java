package org.rungs.participant.plan.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** A plan that was achieved or abandoned takes no more changes. */
public class PlanClosed extends DomainError {

    public PlanClosed(UUID planId, PlanStatus status) {
        super("Career plan " + planId + " is " + status.wire() + "; it takes no more changes");
    }
}

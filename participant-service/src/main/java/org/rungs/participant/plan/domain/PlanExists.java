package org.rungs.participant.plan.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** The participant has an active plan: change it, or close it before starting another. */
public class PlanExists extends DomainError {

    public PlanExists(UUID participantId, UUID planId) {
        super("Participant " + participantId + " has an active career plan (" + planId
                + "); change it, or close it before starting another");
    }
}

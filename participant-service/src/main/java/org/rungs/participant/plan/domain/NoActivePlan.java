package org.rungs.participant.plan.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** The participant has no active career plan. */
public class NoActivePlan extends NotFound {

    public NoActivePlan(UUID participantId) {
        super("Active career plan of participant", participantId);
    }
}

package org.rungs.employer.ladder.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** The ladder has no transition with this id. */
public class UnknownTransition extends NotFound {

    public UnknownTransition(UUID ladderId, UUID transitionId) {
        super("Transition", transitionId + " on ladder " + ladderId);
    }
}

package org.rungs.matching.pathway.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** No steps of the ladder lead to the target from where the participant stands. */
public class NoRoute extends DomainError {

    public NoRoute(UUID ladderId, UUID targetRungId) {
        super("No steps of ladder " + ladderId + " lead to rung " + targetRungId + " from the rung the participant "
                + "holds (or, off the ladder, from its entry rungs)");
    }
}

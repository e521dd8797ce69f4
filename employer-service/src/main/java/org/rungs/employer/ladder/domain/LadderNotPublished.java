package org.rungs.employer.ladder.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** Only a published ladder can be retired. */
public class LadderNotPublished extends DomainError {

    public LadderNotPublished(UUID ladderId) {
        super("Ladder " + ladderId + " was never published");
    }
}

package org.rungs.employer.ladder.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** A retired ladder is kept as it was: it changes no more. */
public class LadderRetiredAlready extends DomainError {

    public LadderRetiredAlready(UUID ladderId) {
        super("Ladder " + ladderId + " is retired");
    }
}

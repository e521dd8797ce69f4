package org.rungs.employer.ladder.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** No ladder has this id (or the caller may not see it). */
public class UnknownLadder extends NotFound {

    public UnknownLadder(UUID id) {
        super("Ladder", id);
    }
}

package org.rungs.employer.ladder.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** The ladder has no rung with this id. */
public class UnknownRung extends NotFound {

    public UnknownRung(UUID ladderId, UUID rungId) {
        super("Rung", rungId + " on ladder " + ladderId);
    }
}

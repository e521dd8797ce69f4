package org.rungs.employer.ladder.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** A published rung stays on its ladder: vacancies, agreements and jobs may stand on it. */
public class RungPublished extends DomainError {

    public RungPublished(UUID ladderId, UUID rungId) {
        super("Rung " + rungId + " was published with ladder " + ladderId + "; it stays until the ladder is retired");
    }
}

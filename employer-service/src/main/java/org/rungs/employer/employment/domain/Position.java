package org.rungs.employer.employment.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Where a worker stands: an occupation, and, on a career ladder, the ladder, rung and tier (all three null off any
 * ladder).
 */
public record Position(UUID ladderId, UUID rungId, Integer tier, String occupationCode) {

    public Position {
        Objects.requireNonNull(occupationCode, "occupationCode");
    }

    /** An occupation at no rung. */
    public static Position offLadder(String occupationCode) {
        return new Position(null, null, null, occupationCode);
    }

    public boolean onLadder() {
        return rungId != null;
    }
}

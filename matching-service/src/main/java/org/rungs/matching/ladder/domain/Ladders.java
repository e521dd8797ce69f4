package org.rungs.matching.ladder.domain;

import java.util.Set;
import java.util.UUID;

import org.rungs.spine.domain.Repository;

/** The career ladders matching knows of: each one's latest published version, or that it was retired. */
public interface Ladders extends Repository<Ladder> {

    /**
     * The steps of published ladders into a rung: the rungs they start from, and the credentials they and the rung ask
     * for.
     */
    StepsInto stepsInto(UUID rungId);

    /** The rungs one step up (a vertical or diagonal transition of a published ladder) from a rung. */
    Set<UUID> rungsAbove(UUID rungId);

    /** {@link #stepsInto(UUID)} for several rungs at once (a rung without steps is left out). */
    java.util.Map<UUID, StepsInto> stepsInto(java.util.Collection<UUID> rungIds);

    /** The steps into a rung. */
    record StepsInto(Set<UUID> fromRungs, Set<String> credentials) {

        public static final StepsInto NONE = new StepsInto(Set.of(), Set.of());
    }
}

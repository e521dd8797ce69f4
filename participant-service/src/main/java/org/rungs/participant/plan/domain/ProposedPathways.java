package org.rungs.participant.plan.domain;

import java.util.Optional;
import java.util.UUID;

import org.rungs.contracts.matching.PathwayProposed;

/**
 * The career pathways matching-service proposed for participants ({@code pathway.proposed.v1}): a route up a ladder
 * with each step's gaps and the training plan that closes them, recomputed there when a skill, program or cohort
 * changes.
 */
public interface ProposedPathways {

    /** Keeps a proposed pathway, unless a later proposal of the same pathway is kept. */
    void keep(PathwayProposed pathway);

    /** The latest pathway proposed for the participant toward the rung of the ladder. */
    Optional<PathwayProposed> latest(UUID participantId, UUID ladderId, UUID rungId);
}

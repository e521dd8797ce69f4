package org.rungs.contracts.matching;

import org.rungs.spine.events.EventDeclarations;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.Topic;

/**
 * The events matching-service publishes: candidates proposed for vacancies and withdrawn (keyed by the match, vacancy x
 * participant) and career pathways proposed (keyed by the pathway), keyed by the match (vacancy x participant). Each
 * record's JSON Schema and golden sample are {@code contracts/matching-service/<type>.schema.json} and
 * {@code .sample.json}.
 */
public final class MatchingEvents implements EventDeclarations {

    public static final String PRODUCER = "matching-service";
    public static final Topic MATCHES = new Topic("rungs.match", PRODUCER);
    public static final Topic PATHWAYS = new Topic("rungs.pathway", PRODUCER);

    public static final EventType<MatchProposed> MATCH_PROPOSED = MATCHES.event("match.proposed.v1",
            MatchProposed.class, MatchProposed::matchId, MatchProposed::proposedAt);

    public static final EventType<MatchWithdrawn> MATCH_WITHDRAWN = MATCHES.event("match.withdrawn.v1",
            MatchWithdrawn.class, MatchWithdrawn::matchId, MatchWithdrawn::withdrawnAt);

    public static final EventType<PathwayProposed> PATHWAY_PROPOSED = PATHWAYS.event("pathway.proposed.v1",
            PathwayProposed.class, PathwayProposed::pathwayId, PathwayProposed::proposedAt);
}

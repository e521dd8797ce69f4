package org.rungs.matching.pathway.domain;

import java.time.Instant;
import java.util.UUID;

/** A participant's pathway to a rung: the route, and the training plan that closes its gaps, as of a moment. */
public record Pathway(UUID participantId, UUID ladderId, UUID targetRungId, TrainingPlanner.Objective objective,
        Route route, TrainingPlanner.Plan plan, Instant computedAt) {

    /** What the pathway proposes, without the moment: equal for two computations that propose the same. */
    public String fingerprint() {
        StringBuilder f = new StringBuilder().append(route.from()).append('|');
        route.steps().forEach(s -> f.append(s.to()).append(s.missing()).append(';'));
        f.append('|');
        plan.cohorts().forEach(c -> f.append(c.cohortId()).append(';'));
        f.append('|').append(new java.util.TreeSet<>(plan.uncovered().stream().map(Gap::key).toList()));
        return f.toString();
    }
}

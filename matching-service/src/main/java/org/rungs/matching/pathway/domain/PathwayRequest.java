package org.rungs.matching.pathway.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.rungs.contracts.matching.MatchingEvents;
import org.rungs.contracts.matching.PathwayProposed;
import org.rungs.spine.domain.AggregateRoot;

/**
 * A pathway someone asked for (a participant, a ladder, a target rung): matching keeps it and computes it again when
 * the participant's skills, or programs and cohorts, change; each time it proposes something new it is announced
 * ({@code pathway.proposed.v1}).
 */
@Entity
@Table(name = "pathway_request")
public class PathwayRequest extends AggregateRoot {

    @Id
    private UUID id;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "ladder_id", nullable = false)
    private UUID ladderId;

    @Column(name = "target_rung_id", nullable = false)
    private UUID targetRungId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TrainingPlanner.Objective objective;

    @Column(nullable = false)
    private String fingerprint;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    protected PathwayRequest() {
    }

    /** The id of a participant's pathway to a rung of a ladder: the same every time. */
    public static UUID idOf(UUID participantId, UUID ladderId, UUID targetRungId) {
        return UUID.nameUUIDFromBytes((participantId + "/" + ladderId + "/" + targetRungId)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A pathway asked for the first time: proposed. */
    public static PathwayRequest asked(Pathway pathway) {
        PathwayRequest r = new PathwayRequest();
        r.id = idOf(pathway.participantId(), pathway.ladderId(), pathway.targetRungId());
        r.participantId = pathway.participantId();
        r.ladderId = pathway.ladderId();
        r.targetRungId = pathway.targetRungId();
        r.propose(pathway);
        return r;
    }

    /**
     * The pathway as computed now: proposed if it differs from the last one proposed (or the objective changed).
     *
     * @return whether it was proposed
     */
    public boolean update(Pathway pathway) {
        if (pathway.fingerprint().equals(fingerprint) && pathway.objective() == objective) {
            return false;
        }
        propose(pathway);
        return true;
    }

    private void propose(Pathway pathway) {
        objective = pathway.objective();
        fingerprint = pathway.fingerprint();
        proposedAt = pathway.computedAt();
        TrainingPlanner.Plan plan = pathway.plan();
        record(MatchingEvents.PATHWAY_PROPOSED, new PathwayProposed(id, participantId, ladderId, targetRungId,
                pathway.route().from(), pathway.route().steps().stream().map(s -> new PathwayProposed.Step(s.to(),
                        s.missing().stream().map(PathwayRequest::gap).toList())).toList(),
                plan.cohorts().stream().map(c -> new PathwayProposed.Cohort(c.cohortId(), c.programId(),
                        c.startDate(), c.endDate(), c.weeks(), c.cost())).toList(),
                plan.weeks(), plan.cost(), plan.uncovered().stream().map(PathwayRequest::gap).toList(),
                objective.name().toLowerCase(java.util.Locale.ROOT), plan.exact(), pathway.computedAt()));
    }

    private static PathwayProposed.Gap gap(Gap gap) {
        return switch (gap) {
            case Gap.Skill s -> new PathwayProposed.Gap(s.elementId(), s.level(), null);
            case Gap.Credential c -> new PathwayProposed.Gap(null, null, c.name());
        };
    }

    public UUID participantId() {
        return participantId;
    }

    public UUID ladderId() {
        return ladderId;
    }

    public UUID targetRungId() {
        return targetRungId;
    }

    public TrainingPlanner.Objective objective() {
        return objective;
    }

    public Instant proposedAt() {
        return proposedAt;
    }
}

package org.rungs.participant.plan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rungs.contracts.matching.PathwayProposed;
import org.rungs.participant.plan.domain.CareerPlan;
import org.rungs.participant.plan.domain.PlanStatus;
import org.rungs.participant.plan.domain.StepKind;

/**
 * A career advancement plan as the navigator sees it, with overdue steps, whether a review is overdue, and the latest
 * career pathway matching-service proposed toward its goal (null until one is proposed: matching proposes one when a
 * pathway to the goal is asked for, and again whenever a skill, program or cohort changes it).
 */
public record PlanResponse(UUID id, UUID participantId, UUID goalLadderId, UUID goalRungId, String goalTitle,
        int goalTier, PlanStatus status, LocalDate startedOn, LocalDate closedOn, String startedBy,
        List<StepResponse> steps, List<ReviewResponse> reviews, LocalDate lastReviewedOn, LocalDate nextReviewDue,
        boolean reviewOverdue, PathwayProposed proposedPathway) {

    public record StepResponse(UUID id, StepKind kind, String description, LocalDate targetDate, LocalDate doneOn,
            boolean overdue) {
    }

    public record ReviewResponse(LocalDate reviewedOn, String reviewedBy, String note) {
    }

    static PlanResponse of(CareerPlan p, LocalDate today, PathwayProposed pathway) {
        return new PlanResponse(p.id(), p.participantId(), p.goalLadderId(), p.goalRungId(), p.goalTitle(),
                p.goalTier(), p.status(), p.startedOn(), p.closedOn(), p.startedBy(),
                p.steps().stream().map(s -> new StepResponse(s.id(), s.kind(), s.description(), s.targetDate(),
                        s.doneOn(), p.status() == PlanStatus.ACTIVE && s.overdue(today))).toList(),
                p.reviews().stream().map(r -> new ReviewResponse(r.reviewedOn(), r.reviewedBy(), r.note())).toList(),
                p.lastReviewedOn(), p.nextReviewDue(), p.reviewOverdue(today), pathway);
    }
}

package org.rungs.participant.plan.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.contracts.employer.LadderPublished;
import org.rungs.contracts.employer.LadderRetired;
import org.rungs.contracts.matching.PathwayProposed;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participant.domain.Participants;
import org.rungs.participant.participant.domain.UnknownParticipant;
import org.rungs.participant.plan.domain.CareerPlan;
import org.rungs.participant.plan.domain.CareerPlans;
import org.rungs.participant.plan.domain.KnownRung;
import org.rungs.participant.plan.domain.NoActivePlan;
import org.rungs.participant.plan.domain.PlanExists;
import org.rungs.participant.plan.domain.PlanRefused;
import org.rungs.participant.plan.domain.PlanStatus;
import org.rungs.participant.plan.domain.ProposedPathways;
import org.rungs.spine.outbox.Outbox;

/**
 * A navigator keeps a participant's career advancement plan: its goal on a published ladder, its steps, its reviews;
 * and the rungs of published ladders, from employer-service's events, that goals aim at.
 */
@ApplicationScoped
public class KeepCareerPlans {

    public record Start(UUID participantId, UUID goalLadderId, UUID goalRungId, List<CareerPlan.Step> steps,
            LocalDate startedOn, String startedBy) {
    }

    private final Participants participants;
    private final CareerPlans plans;
    private final ProposedPathways pathways;
    private final Outbox outbox;
    private final Clock clock;

    public KeepCareerPlans(Participants participants, CareerPlans plans, ProposedPathways pathways, Outbox outbox,
            Clock clock) {
        this.participants = participants;
        this.plans = plans;
        this.pathways = pathways;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Starts the participant's plan ({@code plan.changed.v1}); one active plan at a time. */
    @Transactional
    public CareerPlan start(Start s) {
        Participant p = participants.byIdForChange(s.participantId())
                .orElseThrow(() -> new UnknownParticipant(s.participantId()));
        plans.activeOf(p.id(), false).ifPresent(active -> {
            throw new PlanExists(p.id(), active.id());
        });
        KnownRung goal = plans.rung(s.goalRungId()).filter(r -> r.ladderId().equals(s.goalLadderId()))
                .orElseThrow(() -> new PlanRefused("goalRungId", "is not a rung of a published ladder "
                        + s.goalLadderId()));
        if (s.startedOn() != null && s.startedOn().isBefore(p.programEntryDate())) {
            throw new PlanRefused("startedOn", "is before the participant's program entry (" + p.programEntryDate()
                    + ")");
        }
        CareerPlan plan = CareerPlan.start(p.id(), p.partnerAgency(), goal, s.steps(), s.startedOn(), s.startedBy(),
                clock);
        plans.add(plan);
        outbox.publish(plan);
        return plan;
    }

    /**
     * matching-service proposed a career pathway ({@code pathway.proposed.v1}): the latest of each is kept for the plan
     * view; an older proposal delivered late changes nothing.
     */
    @Transactional
    public void pathwayProposed(PathwayProposed pathway) {
        pathways.keep(pathway);
    }

    @Transactional
    public CareerPlan addStep(UUID participantId, CareerPlan.Step step) {
        CareerPlan plan = active(participantId);
        plan.add(step, clock);
        outbox.publish(plan);
        return plan;
    }

    @Transactional
    public CareerPlan stepDone(UUID participantId, UUID stepId, LocalDate on) {
        CareerPlan plan = active(participantId);
        if (plan.stepDone(stepId, on, clock)) {
            outbox.publish(plan);
        }
        return plan;
    }

    @Transactional
    public CareerPlan review(UUID participantId, LocalDate on, String by, String note) {
        CareerPlan plan = active(participantId);
        plan.review(on, by, note, clock);
        outbox.publish(plan);
        return plan;
    }

    @Transactional
    public CareerPlan close(UUID participantId, PlanStatus outcome, LocalDate on) {
        CareerPlan plan = active(participantId);
        plan.close(outcome, on, clock);
        outbox.publish(plan);
        return plan;
    }

    private CareerPlan active(UUID participantId) {
        return plans.activeOf(participantId, true).orElseThrow(() -> new NoActivePlan(participantId));
    }

    /** A ladder was published (again): its rungs may be goals. */
    @Transactional
    public void ladderPublished(LadderPublished e) {
        for (LadderPublished.Rung r : e.rungs()) {
            plans.keep(new KnownRung(r.rungId(), e.ladderId(), e.title(), r.tier(), r.occupationCode(),
                    r.localTitle()));
        }
    }

    /** A retired ladder's rungs take no new plans; plans aiming at them stay. */
    @Transactional
    public void ladderRetired(LadderRetired e) {
        plans.rungsOf(e.ladderId()).forEach(KnownRung::retire);
    }
}

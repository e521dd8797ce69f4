package org.rungs.participant.plan.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.contracts.participant.PlanChanged;
import org.rungs.spine.domain.AggregateRoot;
import org.rungs.spine.domain.RecordedDay;

/**
 * A participant's career advancement plan (seed 004): a goal rung on a published ladder, the steps toward it (training,
 * a credential, a promotion) with target dates, and reviews with the navigator at least twice a year, so the next
 * review is due six months after the last (or after the plan started). Each change is announced whole
 * ({@code plan.changed.v1}), without the free text.
 */
@Entity
@Table(name = "career_plan")
public class CareerPlan extends AggregateRoot {

    /** Reviewed at least twice a year: the next review is due this many months after the last. */
    public static final int REVIEW_EVERY_MONTHS = 6;
    public static final int MAX_STEPS = 20;

    @Id
    private UUID id;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "partner_agency", nullable = false)
    private String partnerAgency;

    @Column(name = "goal_ladder_id", nullable = false)
    private UUID goalLadderId;

    @Column(name = "goal_rung_id", nullable = false)
    private UUID goalRungId;

    @Column(name = "goal_title", nullable = false)
    private String goalTitle;

    @Column(name = "goal_tier", nullable = false)
    private int goalTier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;

    @Column(name = "next_review_due", nullable = false)
    private LocalDate nextReviewDue;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("position")
    private List<PlanStep> steps = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("reviewedOn, id")
    private List<PlanReview> reviews = new ArrayList<>();

    @Version
    private int version;

    protected CareerPlan() {
    }

    /** A step as the navigator gives it. */
    public record Step(StepKind kind, String description, LocalDate targetDate) {
    }

    /**
     * Starts a plan toward a rung of a published ladder.
     *
     * @param startedOn
     *            today when null; an earlier day for a plan recorded late
     */
    public static CareerPlan start(UUID participantId, String partnerAgency, KnownRung goal, List<Step> steps,
            LocalDate startedOn, String startedBy, Clock clock) {
        if (goal.retired()) {
            throw new PlanRefused("goalRungId", "is on a retired ladder");
        }
        CareerPlan plan = new CareerPlan();
        plan.id = UUID.randomUUID();
        plan.participantId = participantId;
        plan.partnerAgency = partnerAgency;
        plan.goalLadderId = goal.ladderId();
        plan.goalRungId = goal.rungId();
        plan.goalTitle = goal.title();
        plan.goalTier = goal.tier();
        plan.status = PlanStatus.ACTIVE;
        plan.startedOn = notFuture(startedOn == null ? RecordedDay.today(clock) : startedOn, "startedOn", clock);
        plan.startedBy = startedBy;
        plan.nextReviewDue = plan.startedOn.plusMonths(REVIEW_EVERY_MONTHS);
        if (steps.size() > MAX_STEPS) {
            throw new PlanRefused("steps", "may hold at most " + MAX_STEPS + " steps");
        }
        for (int i = 0; i < steps.size(); i++) {
            plan.addStep(steps.get(i), "steps[" + i + "].targetDate");
        }
        plan.announce(clock);
        return plan;
    }

    /** Adds a step. */
    public PlanStep add(Step step, Clock clock) {
        requireActive();
        if (steps.size() >= MAX_STEPS) {
            throw new PlanRefused("$", "the plan holds " + MAX_STEPS + " steps already");
        }
        PlanStep added = addStep(step, "targetDate");
        announce(clock);
        return added;
    }

    private PlanStep addStep(Step step, String field) {
        if (step.targetDate().isBefore(startedOn)) {
            throw new PlanRefused(field, "is before the plan started (" + startedOn + ")");
        }
        PlanStep added = new PlanStep(step.kind(), step.description(), step.targetDate(), steps.size());
        steps.add(added);
        return added;
    }

    /**
     * A step was done on a day; marking it done again changes nothing.
     *
     * @return whether this call marked it
     */
    public boolean stepDone(UUID stepId, LocalDate on, Clock clock) {
        requireActive();
        PlanStep step = step(stepId).orElseThrow(() -> new PlanRefused("stepId", "is not a step of this plan"));
        if (step.doneOn() != null) {
            return false;
        }
        step.done(notBefore(notFuture(on == null ? RecordedDay.today(clock) : on, "on", clock), startedOn,
                "the plan started"));
        announce(clock);
        return true;
    }

    /** The navigator reviewed the plan with the participant; the next review is due six months later. */
    public PlanReview review(LocalDate on, String by, String note, Clock clock) {
        requireActive();
        LocalDate day = notFuture(on == null ? RecordedDay.today(clock) : on, "on", clock);
        notBefore(day, lastReviewedOn == null ? startedOn : lastReviewedOn,
                lastReviewedOn == null ? "the plan started" : "the last review");
        PlanReview review = new PlanReview(day, by, note);
        reviews.add(review);
        lastReviewedOn = day;
        nextReviewDue = day.plusMonths(REVIEW_EVERY_MONTHS);
        announce(clock);
        return review;
    }

    /** The goal was reached, or the plan abandoned: it takes no more changes. */
    public void close(PlanStatus outcome, LocalDate on, Clock clock) {
        requireActive();
        if (outcome == PlanStatus.ACTIVE) {
            throw new PlanRefused("outcome", "must be achieved or abandoned");
        }
        closedOn = notBefore(notFuture(on == null ? RecordedDay.today(clock) : on, "on", clock), startedOn,
                "the plan started");
        status = outcome;
        announce(clock);
    }

    /** Whether the review is overdue on the day: due before it, plan still active. */
    public boolean reviewOverdue(LocalDate asOf) {
        return status == PlanStatus.ACTIVE && nextReviewDue.isBefore(asOf);
    }

    private void requireActive() {
        if (status != PlanStatus.ACTIVE) {
            throw new PlanClosed(id, status);
        }
    }

    private void announce(Clock clock) {
        record(ParticipantEvents.PLAN_CHANGED, new PlanChanged(id, participantId, partnerAgency, goalLadderId,
                goalRungId, goalTier, status.wire(), startedOn, closedOn,
                steps.stream().map(s -> new PlanChanged.Step(s.id(), s.kind().wire(), s.targetDate(), s.doneOn()))
                        .toList(),
                lastReviewedOn, nextReviewDue, clock.instant()));
    }

    private static LocalDate notFuture(LocalDate day, String field, Clock clock) {
        if (day.isAfter(RecordedDay.today(clock))) {
            throw new PlanRefused(field, "is in the future");
        }
        return day;
    }

    private static LocalDate notBefore(LocalDate day, LocalDate earlier, String what) {
        if (day.isBefore(earlier)) {
            throw new PlanRefused("on", "is before " + what + " (" + earlier + ")");
        }
        return day;
    }

    public Optional<PlanStep> step(UUID stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public UUID id() {
        return id;
    }

    public UUID participantId() {
        return participantId;
    }

    public String partnerAgency() {
        return partnerAgency;
    }

    public UUID goalLadderId() {
        return goalLadderId;
    }

    public UUID goalRungId() {
        return goalRungId;
    }

    public String goalTitle() {
        return goalTitle;
    }

    public int goalTier() {
        return goalTier;
    }

    public PlanStatus status() {
        return status;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String startedBy() {
        return startedBy;
    }

    public LocalDate lastReviewedOn() {
        return lastReviewedOn;
    }

    public LocalDate nextReviewDue() {
        return nextReviewDue;
    }

    public List<PlanStep> steps() {
        return List.copyOf(steps);
    }

    public List<PlanReview> reviews() {
        return List.copyOf(reviews);
    }
}

package org.rungs.participant.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.contracts.participant.PlanChanged;

class CareerPlanTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final KnownRung CNA = new KnownRung(UUID.randomUUID(), UUID.randomUUID(), "Direct care", 2, "31-1131.00",
            "Certified Nursing Assistant");

    static CareerPlan plan(LocalDate startedOn) {
        return CareerPlan.start(UUID.randomUUID(), "eastside-works", CNA,
                List.of(new CareerPlan.Step(StepKind.TRAINING, " CNA evening cohort ", TODAY.plusMonths(2)),
                        new CareerPlan.Step(StepKind.CREDENTIAL, "State CNA certification", TODAY.plusMonths(3))),
                startedOn, "nia", CLOCK);
    }

    @Test
    void aPlanAimsAtARungAndIsDueForReviewSixMonthsAfterItStarts() {
        CareerPlan p = plan(null);

        assertThat(p.startedOn()).isEqualTo(TODAY);
        assertThat(p.nextReviewDue()).isEqualTo(TODAY.plusMonths(6));
        assertThat(p.goalTitle()).isEqualTo("Certified Nursing Assistant");
        assertThat(p.steps()).extracting(PlanStep::description).containsExactly("CNA evening cohort",
                "State CNA certification");
        PlanChanged event = p.takeEvents().getFirst().as(ParticipantEvents.PLAN_CHANGED).orElseThrow();
        assertThat(event.steps()).extracting(PlanChanged.Step::kind).containsExactly("training", "credential");
        assertThat(event.toString()).doesNotContain("CNA evening cohort");
    }

    @Test
    void aReviewMovesTheNextDueDateAndAnOverdueReviewIsSeen() {
        CareerPlan p = plan(TODAY.minusMonths(8));

        assertThat(p.reviewOverdue(TODAY)).isTrue();
        assertThat(p.reviewOverdue(TODAY.minusMonths(2))).isFalse();
        p.review(TODAY.minusDays(1), "nia", "On track", CLOCK);

        assertThat(p.lastReviewedOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(p.nextReviewDue()).isEqualTo(TODAY.minusDays(1).plusMonths(6));
        assertThat(p.reviewOverdue(TODAY)).isFalse();
        assertThatThrownBy(() -> p.review(TODAY.minusDays(2), "nia", null, CLOCK))
                .isInstanceOfSatisfying(PlanRefused.class, e -> assertThat(e.fields()).containsKey("on"));
    }

    @Test
    void stepsAreDoneOnceAndAStepCannotAimBeforeThePlan() {
        CareerPlan p = plan(TODAY.minusDays(30));
        p.takeEvents();
        UUID training = p.steps().getFirst().id();

        assertThat(p.stepDone(training, TODAY, CLOCK)).isTrue();
        assertThat(p.stepDone(training, TODAY, CLOCK)).isFalse();
        assertThat(p.takeEvents()).hasSize(1);
        assertThat(p.steps().getFirst().overdue(TODAY.plusYears(1))).isFalse();
        assertThat(p.steps().get(1).overdue(TODAY.plusYears(1))).isTrue();
        assertThatThrownBy(() -> p.add(new CareerPlan.Step(StepKind.PROMOTION, "Lead CNA", TODAY.minusDays(31)),
                CLOCK)).isInstanceOf(PlanRefused.class);
        assertThatThrownBy(() -> p.stepDone(UUID.randomUUID(), TODAY, CLOCK)).isInstanceOf(PlanRefused.class);
    }

    @Test
    void aClosedPlanTakesNoMoreChangesAndARetiredLadderNoNewPlans() {
        CareerPlan p = plan(null);
        p.close(PlanStatus.ACHIEVED, null, CLOCK);

        assertThat(p.status()).isEqualTo(PlanStatus.ACHIEVED);
        assertThat(p.reviewOverdue(TODAY.plusYears(1))).isFalse();
        assertThatThrownBy(() -> p.review(TODAY, "nia", null, CLOCK)).isInstanceOf(PlanClosed.class);
        KnownRung retired = new KnownRung(UUID.randomUUID(), UUID.randomUUID(), "Old ladder", 1, "31-1131.00",
                "Aide");
        retired.retire();
        assertThatThrownBy(() -> CareerPlan.start(UUID.randomUUID(), "eastside-works", retired, List.of(), null,
                "nia", CLOCK)).isInstanceOf(PlanRefused.class);
        assertThatThrownBy(() -> plan(TODAY.plusDays(1))).isInstanceOfSatisfying(PlanRefused.class,
                e -> assertThat(e.fields()).containsKey("startedOn"));
    }
}

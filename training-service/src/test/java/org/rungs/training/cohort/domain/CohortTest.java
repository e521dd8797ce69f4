package org.rungs.training.cohort.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.training.TrainingEvents;
import org.rungs.training.program.domain.DeliveryMode;

class CohortTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneOffset.UTC);
    static final LocalDate START = LocalDate.of(2027, 1, 11);

    static Cohort meeting(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        return Cohort.schedule(UUID.randomUUID(), UUID.randomUUID(), new Cohort.Plan(START, START.plusWeeks(8), days,
                from, to, DeliveryMode.IN_PERSON, "Room B204", 18, BigDecimal.ZERO), CLOCK);
    }

    @Test
    void anEveningCohortClashesWithAnEveningShiftButNotADayOne() {
        Cohort evening = meeting(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), LocalTime.of(18, 0),
                LocalTime.of(21, 0));

        assertThat(evening.clashWith("day")).isEmpty();
        assertThat(evening.clashWith("evening")).hasValueSatisfying(
                m -> assertThat(m).contains("evening shift", "Mon, Wed", "18:00"));
        assertThat(evening.clashWith("night")).isEmpty();
        assertThat(evening.clashWith("rotating")).isPresent();
        assertThat(evening.clashWith("flexible")).isEmpty();
        assertThat(evening.clashWith(null)).isEmpty();
        assertThat(evening.pendingEvents()).singleElement()
                .satisfies(e -> assertThat(e.as(TrainingEvents.COHORT_SCHEDULED)).isPresent());
    }

    @Test
    void anEarlyMorningClassClashesWithANightShiftAndAWeekendOneWithNoShift() {
        assertThat(meeting(EnumSet.of(DayOfWeek.TUESDAY), LocalTime.of(6, 30), LocalTime.of(8, 0)).clashWith("night"))
                .isPresent();
        assertThat(meeting(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(15, 0))
                .clashWith("day")).isEmpty();
    }

    @Test
    void datesTimesLocationAndSeatsAreChecked() {
        assertThatThrownBy(() -> Cohort.schedule(UUID.randomUUID(), UUID.randomUUID(), new Cohort.Plan(START,
                START.minusDays(1), Set.of(), null, null, DeliveryMode.ONLINE, null, 10, BigDecimal.ZERO), CLOCK))
                .isInstanceOfSatisfying(CohortRefused.class, e -> assertThat(e.fields()).containsKey("endDate"));
        assertThatThrownBy(() -> meeting(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(18, 0), null))
                .isInstanceOfSatisfying(CohortRefused.class, e -> assertThat(e.fields()).containsKey("endTime"));
        assertThatThrownBy(() -> meeting(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(18, 0), LocalTime.of(17, 0)))
                .isInstanceOf(CohortRefused.class);
        assertThatThrownBy(() -> Cohort.schedule(UUID.randomUUID(), UUID.randomUUID(), new Cohort.Plan(START,
                START.plusDays(1), Set.of(), null, null, DeliveryMode.HYBRID, " ", 10, BigDecimal.ZERO), CLOCK))
                .isInstanceOfSatisfying(CohortRefused.class, e -> assertThat(e.fields()).containsKey("location"));
        Cohort selfPaced = Cohort.schedule(UUID.randomUUID(), UUID.randomUUID(), new Cohort.Plan(START,
                START.plusWeeks(4), Set.of(), null, null, DeliveryMode.ONLINE, null, 500, BigDecimal.TEN), CLOCK);
        assertThat(selfPaced.clashWith("day")).isEmpty();
    }

    @Test
    void aCancelledCohortCannotBeCancelledAgain() {
        Cohort c = meeting(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(12, 0));
        c.cancel("Too few enrolments", CLOCK);

        assertThat(c.status()).isEqualTo(CohortStatus.CANCELLED);
        assertThatThrownBy(() -> c.cancel("again", CLOCK)).isInstanceOf(CohortCancelledAlready.class);
        assertThatThrownBy(c::requireScheduled).isInstanceOf(CohortCancelledAlready.class);
    }
}

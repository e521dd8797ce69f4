package org.rungs.employer.employment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.employer.HireRecorded;
import org.rungs.contracts.employer.PromotionRecorded;
import org.rungs.contracts.employer.RetentionChecked;
import org.rungs.contracts.employer.SeparationRecorded;

class EmploymentTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-10T09:00:00Z"), ZoneOffset.UTC);
    static final UUID LADDER = UUID.randomUUID();
    static final Position AIDE = new Position(LADDER, UUID.randomUUID(), 1, "31-1122.00");
    static final Position CNA = new Position(LADDER, UUID.randomUUID(), 2, "31-1131.00");
    static final Position LPN = new Position(LADDER, UUID.randomUUID(), 3, "29-2061.00");
    static final LocalDate START = LocalDate.parse("2026-01-05");

    static Employment hired(Position at) {
        return Employment.hire(new Employment.Hire(UUID.randomUUID(), UUID.randomUUID(), null, null, at, START,
                new BigDecimal("16.75"), new BigDecimal("36"), false), List.of(180, 30, 90), CLOCK);
    }

    @Test
    void aHireSchedulesItsCheckInsAndRecordsWhereTheWorkerStarts() {
        Employment e = hired(AIDE);

        HireRecorded hire = e.takeEvents().get(0).as(EmployerEvents.HIRE_RECORDED).orElseThrow();
        assertThat(hire.checkInsDue()).containsExactly(LocalDate.parse("2026-02-04"), LocalDate.parse("2026-04-05"),
                LocalDate.parse("2026-07-04"));
        assertThat(hire.rungId()).isEqualTo(AIDE.rungId());
        assertThat(hire.tier()).isEqualTo(1);
        assertThat(e.checkIns()).extracting(CheckIn::daysAfterHire).containsExactly(30, 90, 180);
    }

    @Test
    void aPromotionGoesUpTheLadderAndCountsWithoutARaise() {
        Employment e = hired(AIDE);
        e.takeEvents();

        e.promote(CNA, new BigDecimal("16.75"), LocalDate.parse("2026-06-01"), CLOCK);

        PromotionRecorded p = e.takeEvents().get(0).as(EmployerEvents.PROMOTION_RECORDED).orElseThrow();
        assertThat(p.fromTier()).isEqualTo(1);
        assertThat(p.toTier()).isEqualTo(2);
        assertThat(p.wageAfter()).isEqualByComparingTo(p.wageBefore());
        assertThat(p.ladderId()).isEqualTo(LADDER);
        assertThat(e.position()).isEqualTo(CNA);

        assertThatThrownBy(() -> e.promote(AIDE, new BigDecimal("20"), LocalDate.parse("2026-07-01"), CLOCK))
                .as("down").isInstanceOf(PromotionNotUpward.class);
        assertThatThrownBy(() -> e.promote(CNA, new BigDecimal("20"), LocalDate.parse("2026-07-01"), CLOCK))
                .as("same rung").isInstanceOf(PromotionNotUpward.class);
        assertThatThrownBy(() -> e.promote(Position.offLadder("29-2061.00"), new BigDecimal("20"),
                LocalDate.parse("2026-07-01"), CLOCK)).as("off the ladder").isInstanceOf(PromotionNotUpward.class);
        assertThatThrownBy(() -> e.promote(LPN, new BigDecimal("28"), LocalDate.parse("2026-05-31"), CLOCK))
                .as("before the last promotion").isInstanceOf(DatedBeforeHire.class);
        assertThat(e.pendingEvents()).isEmpty();
    }

    @Test
    void offAnyLadderAPromotionIsToAnotherOccupation() {
        Employment e = hired(Position.offLadder("53-7062.00"));
        assertThatThrownBy(() -> e.promote(Position.offLadder("53-7062.00"), new BigDecimal("20"),
                LocalDate.parse("2026-03-01"), CLOCK)).isInstanceOf(PromotionNotUpward.class);
        e.promote(Position.offLadder("53-7051.00"), new BigDecimal("20"), LocalDate.parse("2026-03-01"), CLOCK);
        assertThat(e.position().occupationCode()).isEqualTo("53-7051.00");
    }

    @Test
    void aCheckInIsDueOnItsDayAndRecordedOnce() {
        Employment e = hired(AIDE);
        e.takeEvents();

        assertThatThrownBy(() -> e.checkIn(90, LocalDate.parse("2026-01-01"), true, null, null, CLOCK))
                .isInstanceOf(CheckInBeforeHire.class);
        assertThatThrownBy(() -> e.checkIn(90, LocalDate.parse("2026-04-04"), true, null, null, CLOCK))
                .isInstanceOf(CheckInNotDue.class);
        assertThatThrownBy(() -> e.checkIn(45, LocalDate.parse("2026-04-04"), true, null, null, CLOCK))
                .isInstanceOf(UnknownCheckIn.class);

        e.checkIn(90, LocalDate.parse("2026-04-06"), true, null, null, CLOCK);
        RetentionChecked checked = e.takeEvents().get(0).as(EmployerEvents.RETENTION_CHECKED).orElseThrow();
        assertThat(checked.stillEmployed()).isTrue();
        assertThat(checked.hourlyWage()).isEqualByComparingTo("16.75");
        assertThat(checked.rungId()).isEqualTo(AIDE.rungId());
        assertThatThrownBy(() -> e.checkIn(90, LocalDate.parse("2026-04-07"), true, null, null, CLOCK))
                .isInstanceOf(CheckInRecordedAlready.class);
        assertThat(e.overdueOn(LocalDate.parse("2026-04-10"))).extracting(CheckIn::daysAfterHire)
                .containsExactly(30);
    }

    @Test
    void aCheckInThatFindsTheWorkerGoneSeparatesThem() {
        Employment e = hired(AIDE);
        e.takeEvents();

        e.checkIn(30, LocalDate.parse("2026-02-10"), false, LocalDate.parse("2026-01-30"), SeparationReason.VOLUNTARY,
                CLOCK);

        assertThat(e.takeEvents()).extracting(ev -> ev.type().name())
                .containsExactly("retention.checked.v1", "separation.recorded.v1");
        assertThat(e.status()).isEqualTo(EmploymentStatus.SEPARATED);
        assertThat(e.overdueOn(LocalDate.parse("2026-12-01"))).as("nothing is due after the worker left").isEmpty();
        assertThatThrownBy(() -> e.promote(CNA, BigDecimal.TEN, LocalDate.parse("2026-03-01"), CLOCK))
                .isInstanceOf(EmploymentEnded.class);
        assertThatThrownBy(() -> e.checkIn(90, LocalDate.parse("2026-04-06"), true, null, null, CLOCK))
                .isInstanceOf(EmploymentEnded.class);
    }

    @Test
    void aSeparationEndsTheEmploymentOnceAndNotBeforeTheHire() {
        Employment e = hired(AIDE);
        e.takeEvents();
        assertThatThrownBy(() -> e.separate(LocalDate.parse("2026-01-04"), SeparationReason.LAID_OFF, CLOCK))
                .isInstanceOf(DatedBeforeHire.class);

        e.separate(LocalDate.parse("2026-08-30"), SeparationReason.LAID_OFF, CLOCK);

        SeparationRecorded s = e.takeEvents().get(0).as(EmployerEvents.SEPARATION_RECORDED).orElseThrow();
        assertThat(s.reason()).isEqualTo("laid-off");
        assertThatThrownBy(() -> e.separate(LocalDate.parse("2026-09-01"), SeparationReason.OTHER, CLOCK))
                .isInstanceOf(EmploymentEnded.class);
    }

    @Test
    void factsAreRecordedOnceTheyHappenedNotAhead() {
        Employment e = hired(AIDE);
        LocalDate tomorrow = LocalDate.parse("2026-11-11");
        assertThatThrownBy(() -> e.promote(CNA, BigDecimal.TEN, tomorrow, CLOCK))
                .isInstanceOfSatisfying(EmploymentRefused.class, r -> assertThat(r.fields()).containsKey("promotedOn"));
        assertThatThrownBy(() -> e.checkIn(30, tomorrow, true, null, null, CLOCK))
                .isInstanceOfSatisfying(EmploymentRefused.class, r -> assertThat(r.fields()).containsKey("checkedOn"));
        assertThatThrownBy(() -> e.separate(tomorrow, SeparationReason.OTHER, CLOCK))
                .isInstanceOfSatisfying(EmploymentRefused.class,
                        r -> assertThat(r.fields()).containsKey("separatedOn"));
    }

    @Test
    void anIncumbentsExistingJobIsNotFollowedUp() {
        Employment e = Employment.hire(new Employment.Hire(UUID.randomUUID(), UUID.randomUUID(), null, null, AIDE,
                LocalDate.parse("2023-04-01"), new BigDecimal("16.75"), new BigDecimal("36"), true),
                List.of(30, 90, 180), CLOCK);
        assertThat(e.checkIns()).isEmpty();
        assertThat(e.takeEvents().get(0).as(EmployerEvents.HIRE_RECORDED).orElseThrow().checkInsDue()).isEmpty();
    }

    @Test
    void aCheckInRecordsWhereTheWorkerStoodOnItsDayAndARaiseBecomesTheWage() {
        Employment e = hired(AIDE);
        e.promote(CNA, new BigDecimal("19.00"), LocalDate.parse("2026-06-01"), CLOCK);
        e.takeEvents();

        e.checkIn(90, LocalDate.parse("2026-04-06"), true, null, null, CLOCK);
        RetentionChecked late = e.takeEvents().get(0).as(EmployerEvents.RETENTION_CHECKED).orElseThrow();
        assertThat(late.rungId()).as("recorded after the promotion, dated before it").isEqualTo(AIDE.rungId());
        assertThat(late.hourlyWage()).isEqualByComparingTo("16.75");

        e.checkIn(180, LocalDate.parse("2026-07-05"), true, new BigDecimal("19.40"), null, null, CLOCK);
        RetentionChecked raised = e.takeEvents().get(0).as(EmployerEvents.RETENTION_CHECKED).orElseThrow();
        assertThat(raised.rungId()).isEqualTo(CNA.rungId());
        assertThat(raised.hourlyWage()).isEqualByComparingTo("19.40");
        assertThat(e.hourlyWage()).as("a raise without a promotion").isEqualByComparingTo("19.40");
    }

    @Test
    void aCheckInDatedBeforeTheSeparationStillFindsTheWorkerEmployed() {
        Employment e = hired(AIDE);
        e.separate(LocalDate.parse("2026-05-01"), SeparationReason.VOLUNTARY, CLOCK);
        assertThat(e.overdueOn(LocalDate.parse("2026-06-01"))).extracting(CheckIn::daysAfterHire)
                .containsExactly(30, 90);

        e.checkIn(90, LocalDate.parse("2026-04-06"), true, null, null, CLOCK);

        assertThat(e.overdueOn(LocalDate.parse("2026-06-01"))).extracting(CheckIn::daysAfterHire).containsExactly(30);
        assertThatThrownBy(() -> e.checkIn(30, LocalDate.parse("2026-05-02"), true, null, null, CLOCK))
                .isInstanceOf(EmploymentEnded.class);
    }
}

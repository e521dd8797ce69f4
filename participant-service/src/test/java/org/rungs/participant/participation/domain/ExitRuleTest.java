package org.rungs.participant.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rungs.participant.participation.domain.ExitRule.Period;
import org.rungs.participant.participation.domain.ExitRule.Service;
import org.rungs.participant.participation.domain.ExitRule.Standing;
import org.rungs.participant.participation.domain.ExitRule.Status;

class ExitRuleTest {

    private static final LocalDate JAN_10 = LocalDate.of(2026, 1, 10);

    /** A service logged on its own day. */
    private static Service on(LocalDate date, ServiceKind kind) {
        return new Service(date, kind, date);
    }

    private static Service career(LocalDate date) {
        return on(date, ServiceKind.CAREER_SERVICE);
    }

    @Test
    void noServiceYetIsNotParticipation() {
        Standing standing = ExitRule.asOf(List.of(), JAN_10);

        assertThat(standing.status()).isEqualTo(Status.NOT_STARTED);
        assertThat(standing.periods()).isEmpty();
        assertThat(standing.daysWithoutService()).isNull();
    }

    @Test
    void selfServiceInformationAndFollowUpAloneNeverStartParticipation() {
        Standing standing = ExitRule.asOf(List.of(on(JAN_10, ServiceKind.SELF_SERVICE),
                on(JAN_10.plusDays(1), ServiceKind.INFORMATION_ONLY), on(JAN_10.plusDays(2), ServiceKind.FOLLOW_UP)),
                JAN_10.plusDays(200));

        assertThat(standing.status()).isEqualTo(Status.NOT_STARTED);
    }

    @Test
    void eightyNineDaysWithoutServiceStillParticipating() {
        Standing standing = ExitRule.asOf(List.of(career(JAN_10)), JAN_10.plusDays(89));

        assertThat(standing.status()).isEqualTo(Status.PARTICIPATING);
        assertThat(standing.daysWithoutService()).isEqualTo(89);
        assertThat(standing.current().orElseThrow().exitDate()).isNull();
    }

    @Test
    void ninetyDaysWithoutServiceExitsOnTheLastServiceDay() {
        Standing standing = ExitRule.asOf(List.of(career(JAN_10.minusDays(30)), career(JAN_10)),
                JAN_10.plusDays(90));

        assertThat(standing.status()).isEqualTo(Status.EXITED);
        assertThat(standing.current().orElseThrow())
                .isEqualTo(new Period(JAN_10.minusDays(30), JAN_10, JAN_10, JAN_10.plusDays(90)));
    }

    @Test
    void aSelfServiceLastContactDoesNotMoveTheExitDate() {
        Standing standing = ExitRule.asOf(List.of(career(JAN_10), on(JAN_10.plusDays(60), ServiceKind.SELF_SERVICE),
                on(JAN_10.plusDays(80), ServiceKind.FOLLOW_UP)), JAN_10.plusDays(90));

        assertThat(standing.status()).isEqualTo(Status.EXITED);
        assertThat(standing.current().orElseThrow().exitDate()).isEqualTo(JAN_10);
    }

    @Test
    void aServiceNinetyDaysAfterTheLastKeepsOnePeriod() {
        Standing standing = ExitRule.asOf(List.of(career(JAN_10), career(JAN_10.plusDays(90))), JAN_10.plusDays(100));

        assertThat(standing.periods()).containsExactly(new Period(JAN_10, JAN_10.plusDays(90), null, null));
    }

    @Test
    void aServiceNinetyOneDaysAfterTheLastStartsANewPeriod() {
        LocalDate later = JAN_10.plusDays(91);

        Standing standing = ExitRule.asOf(List.of(career(JAN_10), on(later, ServiceKind.TRAINING)),
                later.plusDays(10));

        assertThat(standing.periods()).containsExactly(new Period(JAN_10, JAN_10, JAN_10, JAN_10.plusDays(90)),
                new Period(later, later, null, null));
        assertThat(standing.status()).isEqualTo(Status.PARTICIPATING);
    }

    @Test
    void aScheduledServiceHoldsTheExit() {
        LocalDate scheduledFor = JAN_10.plusDays(120);
        Service scheduled = new Service(scheduledFor, ServiceKind.TRAINING, JAN_10.plusDays(5));

        Standing before = ExitRule.asOf(List.of(career(JAN_10), scheduled), JAN_10.plusDays(100));
        Standing after = ExitRule.asOf(List.of(career(JAN_10), scheduled), scheduledFor.plusDays(1));

        assertThat(before.status()).isEqualTo(Status.PARTICIPATING);
        assertThat(before.nextScheduled()).isEqualTo(scheduledFor);
        assertThat(after.periods()).containsExactly(new Period(JAN_10, scheduledFor, null, null));
    }

    @Test
    void aServiceScheduledOnlyAfterTheNinetiethDayDoesNotUndoTheExit() {
        LocalDate scheduledFor = JAN_10.plusDays(150);
        Service scheduled = new Service(scheduledFor, ServiceKind.SUPPORT_SERVICE, JAN_10.plusDays(91));

        Standing waiting = ExitRule.asOf(List.of(career(JAN_10), scheduled), JAN_10.plusDays(120));
        Standing back = ExitRule.asOf(List.of(career(JAN_10), scheduled), scheduledFor);

        assertThat(waiting.status()).isEqualTo(Status.EXITED);
        assertThat(waiting.nextScheduled()).isEqualTo(scheduledFor);
        assertThat(back.periods()).containsExactly(new Period(JAN_10, JAN_10, JAN_10, JAN_10.plusDays(90)),
                new Period(scheduledFor, scheduledFor, null, null));
    }

    @Test
    void aServiceLoggedAfterTheDayAskedAboutIsNotYetScheduled() {
        Service scheduled = new Service(JAN_10.plusDays(200), ServiceKind.TRAINING, JAN_10.plusDays(80));

        Standing standing = ExitRule.asOf(List.of(career(JAN_10), scheduled), JAN_10.plusDays(60));

        assertThat(standing.nextScheduled()).isNull();
    }

    @Test
    void aServiceLoggedLateCountsOnItsOwnDay() {
        Service lateLogged = new Service(JAN_10.plusDays(50), ServiceKind.CAREER_SERVICE, JAN_10.plusDays(70));

        Standing standing = ExitRule.asOf(List.of(career(JAN_10), lateLogged), JAN_10.plusDays(100));

        assertThat(standing.periods()).containsExactly(new Period(JAN_10, JAN_10.plusDays(50), null, null));
        assertThat(standing.daysWithoutService()).isEqualTo(50);
    }

    @Test
    void aServiceAfterAnExitStartsANewPeriodThatExitsInTurn() {
        LocalDate second = JAN_10.plusDays(200);

        Standing standing = ExitRule.asOf(List.of(career(JAN_10), career(second), career(second.plusDays(10))),
                second.plusDays(100));

        assertThat(standing.periods()).containsExactly(new Period(JAN_10, JAN_10, JAN_10, JAN_10.plusDays(90)),
                new Period(second, second.plusDays(10), second.plusDays(10), second.plusDays(100)));
        assertThat(standing.status()).isEqualTo(Status.EXITED);
    }

    @Test
    void theAnswerForADayDoesNotDependOnTheOrderServicesAreGiven() {
        List<Service> services = List.of(career(JAN_10.plusDays(300)), career(JAN_10), career(JAN_10.plusDays(40)),
                on(JAN_10.plusDays(150), ServiceKind.TRAINING));

        assertThat(ExitRule.asOf(services, JAN_10.plusDays(400)))
                .isEqualTo(ExitRule.asOf(services.reversed(), JAN_10.plusDays(400)));
        assertThat(ExitRule.asOf(services, JAN_10.plusDays(400)).periods()).hasSize(3);
    }
}

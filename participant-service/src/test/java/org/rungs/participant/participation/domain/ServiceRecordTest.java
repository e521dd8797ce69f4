package org.rungs.participant.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.participant.ParticipantEvents;

class ServiceRecordTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static ServiceRecord on(LocalDate date) {
        return ServiceRecord.log(UUID.randomUUID(), "eastside-works", ServiceKind.TRAINING, date, " ", "nia", CLOCK);
    }

    @Test
    void aServiceIsLoggedOnTodayAndAnnouncedWithWhetherItKeepsParticipating() {
        ServiceRecord s = on(TODAY.minusDays(3));

        assertThat(s.loggedOn()).isEqualTo(TODAY);
        assertThat(s.description()).isNull();
        assertThat(s.forExitRule()).isEqualTo(new ExitRule.Service(TODAY.minusDays(3), ServiceKind.TRAINING, TODAY));
        assertThat(s.takeEvents()).singleElement().satisfies(e -> assertThat(
                e.as(ParticipantEvents.SERVICE_RECORDED).orElseThrow().keepsParticipating()).isTrue());
    }

    @Test
    void onlyAScheduledServiceCanBeCancelledAndOnlyOnce() {
        ServiceRecord scheduled = on(TODAY.plusDays(1));
        scheduled.takeEvents();

        assertThat(scheduled.cancel(" Cohort postponed ", "nia", CLOCK)).isTrue();
        assertThat(scheduled.cancel("again", "nia", CLOCK)).isFalse();
        assertThat(scheduled.cancelReason()).isEqualTo("Cohort postponed");
        assertThat(scheduled.takeEvents()).hasSize(1);
        assertThatThrownBy(() -> on(TODAY).cancel("no", "nia", CLOCK)).isInstanceOf(ServiceDelivered.class);
    }

    @Test
    void aServiceMoreThanAYearAheadIsRefused() {
        assertThat(on(TODAY.plusDays(ServiceRecord.MAX_DAYS_AHEAD)).date()).isEqualTo(TODAY.plusDays(366));
        assertThatThrownBy(() -> on(TODAY.plusDays(ServiceRecord.MAX_DAYS_AHEAD + 1)))
                .isInstanceOfSatisfying(ServiceRefused.class, e -> assertThat(e.fields()).containsKey("date"));
    }

    @Test
    void anAnnouncedExitClosesTheNinetyDaysAfterItsExitDate() {
        ParticipantExit exit = ParticipantExit.announce(UUID.randomUUID(), "eastside-works",
                new ExitRule.Period(TODAY.minusDays(300), TODAY.minusDays(200), TODAY.minusDays(200),
                        TODAY.minusDays(110)),
                null, CLOCK);

        assertThat(exit.closes(TODAY.minusDays(200))).isFalse();
        assertThat(exit.closes(TODAY.minusDays(199))).isTrue();
        assertThat(exit.closes(TODAY.minusDays(110))).isTrue();
        assertThat(exit.closes(TODAY.minusDays(109))).isFalse();
    }
}

package org.rungs.employer.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.employer.ReferralChanged;

class ReferralTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-06T14:30:00Z"), ZoneOffset.UTC);

    static Referral referred() {
        return Referral.refer(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "eastside-works",
                "navigator:nadia", CLOCK);
    }

    @Test
    void eachStageIsRecordedWithWhoMovedItAndAnnounced() {
        Referral r = referred();
        r.move(Stage.ACCEPTED, "navigator:nadia", null, CLOCK);
        r.move(Stage.INTERVIEWED, "employer:emma", "  Panel on Tuesday ", CLOCK);

        assertThat(r.history()).extracting(StageChange::stage).containsExactly(Stage.REFERRED, Stage.ACCEPTED,
                Stage.INTERVIEWED);
        assertThat(r.history().get(2).reason()).isEqualTo("Panel on Tuesday");
        var events = r.takeEvents().stream().map(e -> e.as(EmployerEvents.REFERRAL_CHANGED).orElseThrow()).toList();
        assertThat(events).extracting(ReferralChanged::stage).containsExactly("referred", "accepted", "interviewed");
        assertThat(events).extracting(ReferralChanged::previousStage).containsExactly(null, "referred", "accepted");
        assertThat(events.get(2).changedBy()).isEqualTo("employer:emma");
    }

    @Test
    void stagesFollowTheirOrderAndFinalStagesAreFinal() {
        Referral r = referred();
        assertThatThrownBy(() -> r.move(Stage.INTERVIEWED, "employer:emma", null, CLOCK))
                .as("not before the participant accepts").isInstanceOf(StageNotAllowed.class);
        assertThatThrownBy(() -> r.move(Stage.HIRED, "employer:emma", null, CLOCK))
                .isInstanceOf(StageNotAllowed.class);
        r.move(Stage.DECLINED, "navigator:nadia", "Took another job", CLOCK);
        for (Stage any : Stage.values()) {
            assertThatThrownBy(() -> r.move(any, "network-admin:ada", null, CLOCK))
                    .isInstanceOf(StageNotAllowed.class).hasMessageContaining("final");
        }
    }

    @Test
    void theEmployerMayKnowWhoTheCandidateIsOnlyOnceAccepted() {
        assertThat(Stage.REFERRED.accepted()).isFalse();
        assertThat(Stage.WITHDRAWN.accepted()).isFalse();
        assertThat(Stage.ACCEPTED.accepted()).isTrue();
        assertThat(Stage.HIRED.accepted()).isTrue();
        assertThat(Stage.OFFERED.open()).isTrue();
        assertThat(Stage.HIRED.open()).isFalse();
    }

    @Test
    void aStageRecordedLateKeepsItsDayButNeverGoesBackOrAhead() {
        Referral r = Referral.refer(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "eastside-works",
                "navigator:nadia", java.time.LocalDate.parse("2026-10-01"), CLOCK);
        assertThat(r.referredAt()).isEqualTo(Instant.parse("2026-10-01T12:00:00Z"));

        assertThatThrownBy(() -> r.move(Stage.ACCEPTED, "navigator:nadia", null,
                java.time.LocalDate.parse("2026-09-30"), CLOCK)).isInstanceOfSatisfying(ReferralRefused.class,
                        e -> assertThat(e.fields()).containsKey("on"));
        assertThatThrownBy(() -> r.move(Stage.ACCEPTED, "navigator:nadia", null,
                java.time.LocalDate.parse("2026-11-07"), CLOCK)).isInstanceOf(ReferralRefused.class)
                .hasMessageContaining("on");
        r.move(Stage.ACCEPTED, "navigator:nadia", null, java.time.LocalDate.parse("2026-10-03"), CLOCK);
        r.move(Stage.INTERVIEWED, "employer:emma", null, CLOCK);

        assertThat(r.history()).extracting(StageChange::changedAt).containsExactly(
                Instant.parse("2026-10-01T12:00:00Z"), Instant.parse("2026-10-03T12:00:00Z"), CLOCK.instant());
    }
}

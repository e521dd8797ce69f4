package org.rungs.participant.support.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.contracts.participant.SupportChanged;
import org.rungs.participant.participant.domain.Barrier;

class SupportReferralTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static SupportReferral referred() {
        return SupportReferral.refer(UUID.randomUUID(), "eastside-works", Barrier.TRANSPORTATION, " Metro Transit ",
                null, TODAY.minusDays(10), "nia", CLOCK);
    }

    @Test
    void aReferralStartsThenEndsAndAnnouncesEachMove() {
        SupportReferral s = referred();
        assertThat(s.provider()).isEqualTo("Metro Transit");
        assertThat(s.takeEvents()).singleElement()
                .satisfies(e -> assertThat(e.as(ParticipantEvents.SUPPORT_REFERRED)).isPresent());

        s.start(TODAY.minusDays(7), CLOCK);
        s.end(SupportOutcome.COMPLETED, null, CLOCK);

        assertThat(s.status()).isEqualTo(SupportStatus.ENDED);
        assertThat(s.endedOn()).isEqualTo(TODAY);
        assertThat(s.takeEvents()).map(e -> e.as(ParticipantEvents.SUPPORT_CHANGED).orElseThrow())
                .extracting(SupportChanged::status, SupportChanged::outcome, SupportChanged::on)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("started", null, TODAY.minusDays(7)),
                        org.assertj.core.groups.Tuple.tuple("ended", "completed", TODAY));
    }

    @Test
    void aSupportThatNeverStartedEndsDeclinedButNotCompleted() {
        SupportReferral s = referred();

        assertThatThrownBy(() -> s.end(SupportOutcome.COMPLETED, TODAY, CLOCK))
                .isInstanceOfSatisfying(SupportRefused.class, e -> assertThat(e.fields()).containsKey("outcome"));
        s.end(SupportOutcome.DECLINED, TODAY.minusDays(9), CLOCK);

        assertThat(s.startedOn()).isNull();
        assertThat(s.outcome()).isEqualTo(SupportOutcome.DECLINED);
        assertThatThrownBy(() -> s.start(TODAY, CLOCK)).isInstanceOf(SupportMoveNotAllowed.class);
        assertThatThrownBy(() -> s.end(SupportOutcome.UNAVAILABLE, TODAY, CLOCK))
                .isInstanceOf(SupportMoveNotAllowed.class);
    }

    @Test
    void movesAreDatedInOrderAndNeverInTheFuture() {
        SupportReferral s = referred();

        assertThatThrownBy(() -> s.start(TODAY.minusDays(11), CLOCK)).isInstanceOf(SupportRefused.class);
        assertThatThrownBy(() -> s.start(TODAY.plusDays(1), CLOCK)).isInstanceOf(SupportRefused.class);
        s.start(TODAY.minusDays(5), CLOCK);
        assertThatThrownBy(() -> s.end(SupportOutcome.COMPLETED, TODAY.minusDays(6), CLOCK))
                .isInstanceOf(SupportRefused.class);
        assertThat(s.status()).isEqualTo(SupportStatus.STARTED);
    }
}

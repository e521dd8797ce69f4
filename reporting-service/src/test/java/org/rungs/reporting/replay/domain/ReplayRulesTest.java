package org.rungs.reporting.replay.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A replay's course, without infrastructure. */
class ReplayRulesTest {

    static final Instant START = Instant.parse("2026-11-05T12:00:00Z");

    @Test
    void aReplayRunsReportsProgressAndCompletesOnce() {
        Replay r = Replay.start("ada", START);
        assertThat(r.status()).isEqualTo(Replay.Status.RUNNING);
        r.progress(1_000, 400, 390, 10);
        assertThat(r.eventsRead()).isEqualTo(400);
        assertThat(r.took(START.plusSeconds(3))).isEqualTo(Duration.ofSeconds(3));
        r.progress(1_000, 1_200, 1_180, 20);
        assertThat(r.eventsTotal()).as("events keep arriving: the total grows").isEqualTo(1_200);

        r.complete(START.plusSeconds(5));
        assertThat(r.status().wire()).isEqualTo("completed");
        assertThat(r.took(START.plusSeconds(60))).isEqualTo(Duration.ofSeconds(5));
        assertThatThrownBy(() -> r.fail("late", START)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> r.progress(1, 1, 1, 0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailedReplaySaysWhy() {
        Replay r = Replay.start("ada", START);
        r.fail("Kafka could not be read", START.plusSeconds(1));
        assertThat(r.status()).isEqualTo(Replay.Status.FAILED);
        assertThat(r.detail()).isEqualTo("Kafka could not be read");
        assertThatThrownBy(() -> r.complete(START)).isInstanceOf(IllegalStateException.class);
    }
}

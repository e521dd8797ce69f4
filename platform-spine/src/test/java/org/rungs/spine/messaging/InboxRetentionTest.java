package org.rungs.spine.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** How long applied event ids are kept, without infrastructure. */
class InboxRetentionTest {

    static final long WEEK_MS = Duration.ofDays(7).toMillis();

    @Test
    void rowsAreKeptForeverWhileTopicsKeepEveryEvent() {
        assertThat(InboxRetention.of(Optional.empty(), -1)).isEmpty();
        assertThatThrownBy(() -> InboxRetention.of(Optional.of(Duration.ofDays(365)), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forever");
    }

    @Test
    void rowsOutliveTheTopicsRetention() {
        assertThat(InboxRetention.of(Optional.empty(), WEEK_MS)).contains(Duration.ofDays(14));
        assertThat(InboxRetention.of(Optional.of(Duration.ofDays(30)), WEEK_MS)).contains(Duration.ofDays(30));
        assertThatThrownBy(() -> InboxRetention.of(Optional.of(Duration.ofDays(7)), WEEK_MS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer");
    }
}

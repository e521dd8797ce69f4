package org.rungs.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.spine.messaging.Inbox;
import org.rungs.testing.Sql;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With topics that keep events an hour, the inbox forgets an applied event once the hour and a week are over. */
@QuarkusTest
@TestProfile(InboxPurgeTest.HourLongTopics.class)
class InboxPurgeTest {

    public static class HourLongTopics implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rungs.topics.retention-ms", Long.toString(Duration.ofHours(1).toMillis()));
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Inbox inbox;

    @Test
    void rowsOlderThanTheTopicsRetentionAndAWeekArePurgedAndTheOthersKept() throws Exception {
        String consumer = "purge-" + UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "insert into processed_event (consumer, event_id, processed_at) values (?, ?, ?)")) {
            for (var age : Map.of("gone", Duration.ofDays(7).plusHours(2), "kept", Duration.ofDays(7),
                    "new", Duration.ZERO).entrySet()) {
                ps.setString(1, consumer);
                ps.setString(2, age.getKey());
                ps.setObject(3, now.minus(age.getValue()));
                ps.executeUpdate();
            }
        }

        assertThat(inbox.purge()).isGreaterThanOrEqualTo(1);

        assertThat(Sql.number(dataSource, "select count(*) from processed_event where consumer = ? and event_id = "
                + "'gone'", consumer)).isZero();
        assertThat(Sql.number(dataSource, "select count(*) from processed_event where consumer = ?", consumer))
                .isEqualTo(2);
    }
}

package org.rungs.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;
import org.rungs.testing.Sql;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Rows committed to the outbox by a process that died before publishing are found by the relay's fallback poll and
 * published in commit order per aggregate.
 */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void publishesRowsLeftByACrashInCommitOrder() throws Exception {
        String aggregate = UUID.randomUUID().toString();
        List<String> ids = IntStream.range(0, 30).mapToObj(i -> UUID.randomUUID().toString()).toList();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("""
                        insert into outbox_event (id, event_type, topic, aggregate_id, occurred_at, payload)
                        values (cast(? as uuid), 'employer.joined.v1', 'rungs.employer', ?, ?, ?)""")) {
            for (String id : ids) {
                ps.setString(1, id);
                ps.setString(2, aggregate);
                ps.setObject(3, OffsetDateTime.now());
                ps.setString(4, "{\"n\":\"" + id + "\"}");
                ps.addBatch();
            }
            ps.executeBatch();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> Sql.number(dataSource,
                "select count(*) from outbox_event where aggregate_id = ? and published_at is not null",
                aggregate) == ids.size());
        var records = new KafkaProbe(KafkaTestResource.bootstrapServers()).readToEnd("rungs.employer",
                r -> aggregate.equals(r.key()));
        assertThat(records).extracting(r -> KafkaProbe.header(r, CloudEventHeaders.ID)).containsExactlyElementsOf(ids);
    }
}

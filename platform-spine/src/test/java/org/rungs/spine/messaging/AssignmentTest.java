package org.rungs.spine.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    @Test
    void aKeyIsOwnedByTheInstanceHoldingThePartitionTheProducerSendsItTo() {
        try (StringSerializer serializer = new StringSerializer()) {
            for (int i = 0; i < 1000; i++) {
                String key = java.util.UUID.nameUUIDFromBytes(new byte[]{(byte) i, (byte) (i >> 8)}).toString();
                int producers = BuiltInPartitioner.partitionForKey(serializer.serialize("t", key), 6);
                assertThat(Assignment.partitionOf(key, 6)).isEqualTo(producers);
                assertThat(new Assignment(Map.of("t", Set.of(producers)), Map.of("t", 6)).owns("t", key)).isTrue();
                assertThat(new Assignment(Map.of("t", Set.of((producers + 1) % 6)), Map.of("t", 6)).owns("t", key))
                        .isFalse();
            }
        }
        assertThat(Assignment.none().owns("t", "k")).isFalse();
    }
}

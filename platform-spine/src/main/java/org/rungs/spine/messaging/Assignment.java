package org.rungs.spine.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.utils.Utils;

/**
 * The partitions this instance's consumer holds now, by topic, with each topic's partition count: fired (a CDI event)
 * whenever the consumer group hands this instance partitions, before any of their records is applied. Instances of one
 * service share the partitions of its topics, so an aggregate's events, keyed by its id, are applied by exactly one
 * instance at a time: the one that {@link #owns} it.
 */
public record Assignment(Map<String, Set<Integer>> partitions, Map<String, Integer> partitionCounts) {

    public Assignment {
        partitions = Map.copyOf(partitions);
        partitionCounts = Map.copyOf(partitionCounts);
    }

    /** Nothing held (before the first assignment, or once the consumer stopped). */
    public static Assignment none() {
        return new Assignment(Map.of(), Map.of());
    }

    /** Whether the events keyed {@code key} on {@code topic} are applied by this instance. */
    public boolean owns(String topic, String key) {
        Integer count = partitionCounts.get(topic);
        return count != null && partitions.getOrDefault(topic, Set.of()).contains(partitionOf(key, count));
    }

    /** The partitions of {@code topic} held. */
    public Set<Integer> of(String topic) {
        return partitions.getOrDefault(topic, Set.of());
    }

    /**
     * The partition a keyed record goes to: the Kafka producer's default partitioner for a record with a key (murmur2
     * of the key's UTF-8 bytes, made positive, modulo the partition count).
     */
    public static int partitionOf(String key, int partitionCount) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitionCount;
    }
}

package org.rungs.spine.events;

import java.util.Objects;
import java.util.function.Function;

/**
 * A Kafka topic of the platform: the events of one producing aggregate, keyed by the aggregate id so that each
 * aggregate's events stay in order on one partition. Exactly one service produces to it (and creates it, with the
 * partitions and retention of {@code rungs.topics.*}).
 *
 * @param name
 *            the topic, e.g. {@code rungs.vacancy}
 * @param producer
 *            the service that owns the topic and alone publishes to it, e.g. {@code employer-service}
 */
public record Topic(String name, String producer) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(producer, "producer");
    }

    /**
     * Declares an event type that travels on this topic.
     *
     * @param typeName
     *            the stable wire type, {@code <aggregate>.<fact>.v<major>}
     * @param data
     *            the record that carries the event's data
     * @param aggregateId
     *            the aggregate id in the data: the record key and {@code ce_subject}
     * @param occurredAt
     *            when the fact happened, in the data: {@code ce_time}
     */
    public <T> EventType<T> event(String typeName, Class<T> data, Function<T, ?> aggregateId,
            Function<T, java.time.Instant> occurredAt) {
        return new EventType<>(typeName, this, data, aggregateId, occurredAt);
    }
}

package org.rungs.spine.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness of the service's inbound consumer: up while its loop runs (retrying or not); absent work is up too. */
@Readiness
@ApplicationScoped
public class EventConsumerHealth implements HealthCheck {

    private final EventConsumer consumer;
    private final EventDispatcher dispatcher;

    public EventConsumerHealth(EventConsumer consumer, EventDispatcher dispatcher) {
        this.consumer = consumer;
        this.dispatcher = dispatcher;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("event-consumer");
        if (dispatcher.handlers().isEmpty()) {
            return response.up().withData("consumes", "nothing").build();
        }
        return response.status(consumer.isRunning())
                .withData("topics", String.join(",", dispatcher.handlers().topics()))
                .withData("partitions", consumer.assignment().size())
                .withData("assigned", consumer.assignment().stream()
                        .collect(java.util.stream.Collectors.groupingBy(p -> p.topic(), java.util.TreeMap::new,
                                java.util.stream.Collectors.mapping(p -> p.partition(),
                                        java.util.stream.Collectors.toCollection(java.util.TreeSet::new))))
                        .toString())
                .withData("failingAttempts", consumer.failingAttempts())
                .build();
    }
}

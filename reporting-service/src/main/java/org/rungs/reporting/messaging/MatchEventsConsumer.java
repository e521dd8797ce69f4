package org.rungs.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rungs.spine.inbox.EventDispatcher;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Match events ({@code rungs.match}): matches matching-service proposed. */
@ApplicationScoped
public class MatchEventsConsumer {

    private final EventDispatcher dispatcher;

    public MatchEventsConsumer(EventDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Incoming("match-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(Consumers.REPORTING, record);
    }
}

package org.rungs.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rungs.spine.inbox.EventDispatcher;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Hands every platform topic's records to the dispatcher; the handlers in the feature packages apply them. */
@ApplicationScoped
public class PlatformEventsConsumer {

    public static final String CONSUMER = "reporting-service";

    private final EventDispatcher dispatcher;

    public PlatformEventsConsumer(EventDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Incoming("participant-events")
    @Blocking
    public void participant(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(CONSUMER, record);
    }

    @Incoming("employer-events")
    @Blocking
    public void employer(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(CONSUMER, record);
    }

    @Incoming("vacancy-events")
    @Blocking
    public void vacancy(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(CONSUMER, record);
    }

    @Incoming("program-events")
    @Blocking
    public void program(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(CONSUMER, record);
    }

    @Incoming("match-events")
    @Blocking
    public void match(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(CONSUMER, record);
    }
}

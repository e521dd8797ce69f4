package org.rungs.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rungs.spine.inbox.EventDispatcher;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Participant events ({@code rungs.participant}): enrolments, skills attained and consent changes. */
@ApplicationScoped
public class ParticipantEventsConsumer {

    private final EventDispatcher dispatcher;

    public ParticipantEventsConsumer(EventDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Incoming("participant-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(Consumers.REPORTING, record);
    }
}

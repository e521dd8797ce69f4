package org.rungs.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rungs.spine.inbox.EventDispatcher;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Employer events ({@code rungs.employer}): employers joining the network. */
@ApplicationScoped
public class EmployerEventsConsumer {

    private final EventDispatcher dispatcher;

    public EmployerEventsConsumer(EventDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Incoming("employer-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(Consumers.REPORTING, record);
    }
}

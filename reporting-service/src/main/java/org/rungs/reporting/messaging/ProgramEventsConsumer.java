package org.rungs.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rungs.spine.inbox.EventDispatcher;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Program events ({@code rungs.program}): programs published to the training asset map. */
@ApplicationScoped
public class ProgramEventsConsumer {

    private final EventDispatcher dispatcher;

    public ProgramEventsConsumer(EventDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Incoming("program-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(Consumers.REPORTING, record);
    }
}

package org.rungs.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rungs.spine.inbox.EventDispatcher;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Vacancy events ({@code rungs.vacancy}): vacancies opened and closed. */
@ApplicationScoped
public class VacancyEventsConsumer {

    private final EventDispatcher dispatcher;

    public VacancyEventsConsumer(EventDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Incoming("vacancy-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(Consumers.REPORTING, record);
    }
}

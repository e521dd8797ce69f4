package org.rungs.spine.messaging;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.rungs.spine.config.SpineConfig;
import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.EventReader;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies an incoming record once: reads the CloudEvent (see {@link EventReader}) and, in one transaction, records its
 * id in the inbox and runs the service's handlers for its type, so a redelivered event changes nothing. Poison is
 * thrown as {@link org.rungs.spine.events.PoisonEventException}; any other failure is thrown as it is, for the caller
 * to retry.
 */
@ApplicationScoped
public class EventDispatcher {

    private final EventReader reader;
    private final Inbox inbox;
    private final String consumer;
    private final Handlers handlers = new Handlers();

    public EventDispatcher(EventReader reader, Inbox inbox, SpineConfig config,
            Instance<EventHandlers> declared) {
        this.reader = reader;
        this.inbox = inbox;
        this.consumer = config.serviceName();
        if (declared.isAmbiguous()) {
            throw new IllegalStateException("a service has one inbound consumer (EventHandlers bean)");
        }
        if (declared.isResolvable()) {
            declared.get().register(handlers);
        }
    }

    /** Outcome of one record. */
    public enum Outcome {
        APPLIED, DUPLICATE, SKIPPED
    }

    public Handlers handlers() {
        return handlers;
    }

    /** The name under which this service records what it applied: its service name. */
    public String consumer() {
        return consumer;
    }

    /** The event in a record, if this service handles its type; poison is thrown. */
    public Optional<EventEnvelope<?>> read(ConsumerRecord<String, String> record) {
        return reader.read(record, handlers.types());
    }

    /** Applies a record once (live consumption). */
    public Outcome dispatch(ConsumerRecord<String, String> record) {
        Optional<EventEnvelope<?>> event = read(record);
        if (event.isEmpty()) {
            return Outcome.SKIPPED;
        }
        boolean applied = QuarkusTransaction.requiringNew().call(() -> {
            if (!inbox.firstDelivery(consumer, event.get().id())) {
                return false;
            }
            handlers.apply(event.get());
            return true;
        });
        return applied ? Outcome.APPLIED : Outcome.DUPLICATE;
    }

    /** Runs the handlers of an event in the caller's transaction, without the inbox (a rebuild from the topics). */
    public void applyInCurrentTransaction(EventEnvelope<?> event) {
        handlers.apply(event);
    }
}

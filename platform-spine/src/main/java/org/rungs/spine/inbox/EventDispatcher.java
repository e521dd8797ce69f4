package org.rungs.spine.inbox;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.EventReader;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.PoisonEventException;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies incoming records idempotently: reads the CloudEvent, finds the service's {@link EventHandler} for its type
 * and runs it in one transaction with the inbox insert, so a redelivered event changes nothing.
 * <p>
 * Poison (see {@link EventReader}) is counted and rethrown at once, so the messaging layer sends the record to the
 * consumer's dead-letter topic and the partition moves on. Any other failure (a database hiccup) is retried a few times
 * with backoff before the record is dead-lettered too.
 */
@ApplicationScoped
public class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class);
    private static final int ATTEMPTS = 5;

    private final EventReader reader;
    private final Inbox inbox;
    private final MeterRegistry registry;
    private final Map<EventType, EventHandler<?>> handlers = new EnumMap<>(EventType.class);

    public EventDispatcher(EventReader reader, Inbox inbox, MeterRegistry registry,
            @Any Instance<EventHandler<?>> handlers) {
        this.reader = reader;
        this.inbox = inbox;
        this.registry = registry;
        for (EventHandler<?> handler : handlers) {
            EventHandler<?> previous = this.handlers.put(handler.type(), handler);
            if (previous != null) {
                throw new IllegalStateException("two handlers for " + handler.type().typeName());
            }
        }
    }

    /** Outcome of one record, for metrics and tests. */
    public enum Outcome {
        APPLIED, DUPLICATE, SKIPPED
    }

    public Outcome dispatch(String consumer, ConsumerRecord<String, String> record) {
        Optional<EventEnvelope<?>> read;
        try {
            read = reader.read(record);
        } catch (PoisonEventException e) {
            throw deadLetter(consumer, e);
        }
        if (read.isEmpty() || !handlers.containsKey(read.get().type())) {
            return count(consumer, read.map(r -> r.type().typeName()).orElse("unknown"), Outcome.SKIPPED);
        }
        EventEnvelope<?> event = read.get();
        for (int attempt = 1;; attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> apply(consumer, event));
                return count(consumer, event.type().typeName(), applied ? Outcome.APPLIED : Outcome.DUPLICATE);
            } catch (PoisonEventException e) {
                throw deadLetter(consumer, e);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS) {
                    registry.counter("rungs.events.dead.lettered", "consumer", consumer, "reason", "failed")
                            .increment();
                    throw e;
                }
                LOG.warnf("%s failed to apply %s %s (attempt %d): %s", consumer, event.type().typeName(), event.id(),
                        attempt, e.toString());
                sleep(100L << attempt);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean apply(String consumer, EventEnvelope event) {
        if (!inbox.firstDelivery(consumer, event.id())) {
            return false;
        }
        ((EventHandler) handlers.get(event.type())).handle(event);
        return true;
    }

    private PoisonEventException deadLetter(String consumer, PoisonEventException e) {
        registry.counter("rungs.events.dead.lettered", "consumer", consumer, "reason", e.reason()).increment();
        LOG.warnf("%s dead-letters a record: %s", consumer, e.getMessage());
        return e;
    }

    private Outcome count(String consumer, String type, Outcome outcome) {
        registry.counter("rungs.events.consumed", "consumer", consumer, "type", type, "outcome",
                outcome.name().toLowerCase()).increment();
        return outcome;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

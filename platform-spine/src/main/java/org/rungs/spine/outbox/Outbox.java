package org.rungs.spine.outbox;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.rungs.spine.config.SpineConfig;
import org.rungs.spine.domain.AggregateRoot;
import org.rungs.spine.domain.PendingEvent;
import org.rungs.spine.events.EventJson;
import org.rungs.spine.events.EventType;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Records events in the service's outbox table within the caller's transaction, so the state change and its events
 * commit together or not at all. On commit the {@link OutboxRelay} is woken to publish it at once.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_KEY = new Object();

    private final EntityManager em;
    private final TransactionSynchronizationRegistry txRegistry;
    private final OutboxRelay relay;
    private final String serviceName;

    public Outbox(EntityManager em, TransactionSynchronizationRegistry txRegistry, OutboxRelay relay,
            SpineConfig config) {
        this.em = em;
        this.serviceName = config.serviceName();
        this.txRegistry = txRegistry;
        this.relay = relay;
    }

    /** Adds every event the aggregate recorded since it was last published, in the order it recorded them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(AggregateRoot aggregate) {
        for (PendingEvent<?> event : aggregate.takeEvents()) {
            publish(event);
        }
    }

    private <T> void publish(PendingEvent<T> event) {
        publish(event.type(), event.data());
    }

    /**
     * Adds an event to the outbox. Only the service that owns the event's topic may publish it.
     *
     * @return the event id ({@code ce_id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> UUID publish(EventType<T> type, T data) {
        if (!type.topic().producer().equals(serviceName)) {
            throw new IllegalArgumentException(serviceName + " cannot publish " + type.name() + ": "
                    + type.topic().name() + " belongs to " + type.topic().producer());
        }
        UUID id = UUID.randomUUID();
        String payload;
        try {
            payload = EventJson.mapper().writeValueAsString(type.cast(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + type.name(), e);
        }
        em.createNativeQuery("""
                insert into outbox_event (id, event_type, topic, aggregate_id, occurred_at, payload)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb))""")
                .setParameter(1, id)
                .setParameter(2, type.name())
                .setParameter(3, type.topic().name())
                .setParameter(4, type.aggregateId(data))
                .setParameter(5, type.occurredAt(data))
                .setParameter(6, payload)
                .executeUpdate();
        if (txRegistry.getResource(WAKE_KEY) == null) {
            txRegistry.putResource(WAKE_KEY, Boolean.TRUE);
            txRegistry.registerInterposedSynchronization(new Synchronization() {

                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        relay.wake();
                    }
                }
            });
        }
        return id;
    }
}

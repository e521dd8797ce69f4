package org.rungs.spine.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.rungs.spine.events.EventJson;
import org.rungs.spine.events.EventType;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Records an event in the service's outbox table within the caller's transaction, so the state change and the event
 * commit together or not at all. On commit the {@link OutboxRelay} is woken to publish it at once.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_KEY = new Object();

    private final EntityManager em;
    private final TransactionSynchronizationRegistry txRegistry;
    private final OutboxRelay relay;

    public Outbox(EntityManager em, TransactionSynchronizationRegistry txRegistry, OutboxRelay relay) {
        this.em = em;
        this.txRegistry = txRegistry;
        this.relay = relay;
    }

    /**
     * Adds an event about an aggregate to the outbox.
     *
     * @return the event id ({@code ce_id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(EventType type, Object aggregateId, Instant occurredAt, Object data) {
        if (!type.dataClass().isInstance(data)) {
            throw new IllegalArgumentException(type.typeName() + " carries " + type.dataClass().getSimpleName());
        }
        UUID id = UUID.randomUUID();
        String payload;
        try {
            payload = EventJson.mapper().writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + type.typeName(), e);
        }
        em.createNativeQuery("""
                insert into outbox_event (id, event_type, topic, aggregate_id, occurred_at, payload)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb))""")
                .setParameter(1, id)
                .setParameter(2, type.typeName())
                .setParameter(3, type.topic().topicName())
                .setParameter(4, aggregateId.toString())
                .setParameter(5, occurredAt)
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

package org.rungs.spine.outbox;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
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
     * Adds every event these aggregates recorded since they were last published, aggregate by aggregate in the order
     * given, as one batch of inserts: a use case that changes thousands of aggregates in one transaction (a batch of
     * the participant feed) publishes their events in a few round trips.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(Collection<? extends AggregateRoot> aggregates) {
        List<Row> rows = new ArrayList<>();
        for (AggregateRoot aggregate : aggregates) {
            for (PendingEvent<?> event : aggregate.takeEvents()) {
                rows.add(row(event.type(), event.data()));
            }
        }
        insert(rows);
    }

    /**
     * Writes outbox rows on the transaction's connection, as one batch. The session is not flushed for them: an outbox
     * row depends on no pending entity change, and a flush checks every entity the transaction holds.
     */
    private void insert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement(INSERT)) {
                for (Row row : rows) {
                    s.setObject(1, row.id());
                    s.setString(2, row.type());
                    s.setString(3, row.topic());
                    s.setString(4, row.aggregateId());
                    s.setTimestamp(5, java.sql.Timestamp.from(row.occurredAt()));
                    s.setString(6, row.payload());
                    s.addBatch();
                }
                s.executeBatch();
            }
        });
        wakeRelayOnCommit();
    }

    private record Row(UUID id, String type, String topic, String aggregateId, java.time.Instant occurredAt,
            String payload) {
    }

    private static final String INSERT = """
            insert into outbox_event (id, event_type, topic, aggregate_id, occurred_at, payload)
            values (?, ?, ?, ?, ?, ?)""";

    /** The outbox row of an event, checked: only the service that owns the event's topic may publish it. */
    private <T> Row row(EventType<T> type, Object data) {
        if (!type.topic().producer().equals(serviceName)) {
            throw new IllegalArgumentException(serviceName + " cannot publish " + type.name() + ": "
                    + type.topic().name() + " belongs to " + type.topic().producer());
        }
        T typed = type.cast(data);
        try {
            return new Row(UUID.randomUUID(), type.name(), type.topic().name(), type.aggregateId(typed),
                    type.occurredAt(typed), EventJson.mapper().writeValueAsString(typed));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + type.name(), e);
        }
    }

    /**
     * Adds an event to the outbox. Only the service that owns the event's topic may publish it.
     *
     * @return the event id ({@code ce_id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> UUID publish(EventType<T> type, T data) {
        Row row = row(type, data);
        insert(List.of(row));
        return row.id();
    }

    private void wakeRelayOnCommit() {
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
    }
}

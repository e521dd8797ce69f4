package org.rungs.spine.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The lock a service's serialized handlers take for each event ({@link Handlers#serialized()}): a transaction-scoped
 * PostgreSQL advisory lock on the service's schema. Work done outside the consumer (a scheduled job) takes it too, so
 * that it applies between two events, never beside one.
 */
@ApplicationScoped
public class EventLock {

    private final EntityManager em;

    public EventLock(EntityManager em) {
        this.em = em;
    }

    /** Holds the lock until the caller's transaction ends. */
    public void hold() {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(current_schema() || '.events'))")
                .getSingleResult();
    }
}

package org.rungs.spine.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The processed-events table: records that a consumer applied an event, in the consumer's own transaction. */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /** @return true the first time this consumer sees the event id, false on a redelivery */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return em.createNativeQuery(
                "insert into processed_event (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
    }

    /** Forgets what a consumer processed, so a replay applies every event again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String consumer) {
        em.createNativeQuery("delete from processed_event where consumer = ?1").setParameter(1, consumer)
                .executeUpdate();
    }
}

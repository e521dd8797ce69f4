package org.rungs.reporting.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.rungs.spine.events.ConsentChangedEvent;
import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.EventType;
import org.rungs.spine.inbox.EventHandler;

/** Tracks whether a participant shares their profile with employers. */
@ApplicationScoped
public class ConsentChangedHandler implements EventHandler<ConsentChangedEvent> {

    private final EntityManager em;

    public ConsentChangedHandler(EntityManager em) {
        this.em = em;
    }

    @Override
    public EventType type() {
        return EventType.CONSENT_CHANGED;
    }

    @Override
    @Transactional
    public void handle(EventEnvelope<ConsentChangedEvent> event) {
        ConsentChangedEvent e = event.data();
        em.createNativeQuery("update participant_fact set consenting = ?2 where participant_id = ?1")
                .setParameter(1, e.participantId()).setParameter(2, e.shareWithEmployers())
                .executeUpdate();
    }
}

package org.rungs.reporting.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.rungs.spine.events.ConsentChangedEvent;
import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.EventType;
import org.rungs.spine.inbox.EventHandler;

/**
 * Records whether a participant now shares their profile with employers. The latest decision wins whatever the order
 * the decisions (and the enrolment) are read in.
 */
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
        em.createNativeQuery("""
                insert into consent_fact (participant_id, share_with_employers, changed_at) values (?1, ?2, ?3)
                on conflict (participant_id) do update
                set share_with_employers = excluded.share_with_employers, changed_at = excluded.changed_at
                where consent_fact.changed_at <= excluded.changed_at""")
                .setParameter(1, e.participantId())
                .setParameter(2, e.shareWithEmployers())
                .setParameter(3, e.changedAt())
                .executeUpdate();
    }
}

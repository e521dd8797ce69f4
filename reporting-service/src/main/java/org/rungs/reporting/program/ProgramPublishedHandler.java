package org.rungs.reporting.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.ProgramPublishedEvent;
import org.rungs.spine.inbox.EventHandler;

/** Counts a program published to the training asset map. */
@ApplicationScoped
public class ProgramPublishedHandler implements EventHandler<ProgramPublishedEvent> {

    private final EntityManager em;

    public ProgramPublishedHandler(EntityManager em) {
        this.em = em;
    }

    @Override
    public EventType type() {
        return EventType.PROGRAM_PUBLISHED;
    }

    @Override
    @Transactional
    public void handle(EventEnvelope<ProgramPublishedEvent> event) {
        ProgramPublishedEvent e = event.data();
        em.createNativeQuery("""
                insert into program_fact (program_id, provider_id, title, credential, delivery_mode, published_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (program_id) do update set provider_id = excluded.provider_id, title = excluded.title,
                    credential = excluded.credential, delivery_mode = excluded.delivery_mode,
                    published_at = excluded.published_at""")
                .setParameter(1, e.programId())
                .setParameter(2, e.providerId())
                .setParameter(3, e.title())
                .setParameter(4, e.credential())
                .setParameter(5, e.deliveryMode())
                .setParameter(6, e.publishedAt())
                .executeUpdate();
    }
}

package org.rungs.reporting.employer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.rungs.spine.events.EmployerJoinedEvent;
import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.EventType;
import org.rungs.spine.inbox.EventHandler;

/** Counts an employer that joined the network. */
@ApplicationScoped
public class EmployerJoinedHandler implements EventHandler<EmployerJoinedEvent> {

    private final EntityManager em;

    public EmployerJoinedHandler(EntityManager em) {
        this.em = em;
    }

    @Override
    public EventType type() {
        return EventType.EMPLOYER_JOINED;
    }

    @Override
    @Transactional
    public void handle(EventEnvelope<EmployerJoinedEvent> event) {
        EmployerJoinedEvent e = event.data();
        em.createNativeQuery("""
                insert into employer_fact (employer_id, name, naics_code, size_band, joined_at)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (employer_id) do update set name = excluded.name, naics_code = excluded.naics_code,
                    size_band = excluded.size_band, joined_at = excluded.joined_at""")
                .setParameter(1, e.employerId())
                .setParameter(2, e.name())
                .setParameter(3, e.naicsCode())
                .setParameter(4, e.sizeBand())
                .setParameter(5, e.joinedAt())
                .executeUpdate();
    }
}

package org.rungs.reporting.vacancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.VacancyClosedEvent;
import org.rungs.spine.inbox.EventHandler;

/** Moves a vacancy from open to closed; a closing read before the opening is kept. */
@ApplicationScoped
public class VacancyClosedHandler implements EventHandler<VacancyClosedEvent> {

    private final EntityManager em;

    public VacancyClosedHandler(EntityManager em) {
        this.em = em;
    }

    @Override
    public EventType type() {
        return EventType.VACANCY_CLOSED;
    }

    @Override
    @Transactional
    public void handle(EventEnvelope<VacancyClosedEvent> event) {
        VacancyClosedEvent e = event.data();
        em.createNativeQuery("""
                insert into vacancy_fact (vacancy_id, employer_id, status, closed_at) values (?1, ?2, ?3, ?4)
                on conflict (vacancy_id) do update set status = excluded.status, closed_at = excluded.closed_at""")
                .setParameter(1, e.vacancyId())
                .setParameter(2, e.employerId())
                .setParameter(3, VacancyFact.CLOSED)
                .setParameter(4, e.closedAt())
                .executeUpdate();
    }
}

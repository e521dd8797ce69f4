package org.rungs.reporting.vacancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.VacancyOpenedEvent;
import org.rungs.spine.inbox.EventHandler;

/** Counts an open vacancy for its employer. A vacancy whose closing was read first stays closed. */
@ApplicationScoped
public class VacancyOpenedHandler implements EventHandler<VacancyOpenedEvent> {

    private final EntityManager em;

    public VacancyOpenedHandler(EntityManager em) {
        this.em = em;
    }

    @Override
    public EventType type() {
        return EventType.VACANCY_OPENED;
    }

    @Override
    @Transactional
    public void handle(EventEnvelope<VacancyOpenedEvent> event) {
        VacancyOpenedEvent e = event.data();
        em.createNativeQuery("""
                insert into vacancy_fact (vacancy_id, employer_id, occupation_code, status, opened_at)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (vacancy_id) do update set employer_id = excluded.employer_id,
                    occupation_code = excluded.occupation_code, opened_at = excluded.opened_at""")
                .setParameter(1, e.vacancyId())
                .setParameter(2, e.employerId())
                .setParameter(3, e.occupationCode())
                .setParameter(4, VacancyFact.OPEN)
                .setParameter(5, e.openedAt())
                .executeUpdate();
    }
}

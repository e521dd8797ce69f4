package org.rungs.matching.vacancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.matching.match.MatchingService;
import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.VacancyClosedEvent;
import org.rungs.spine.inbox.EventHandler;

/** A vacancy stopped taking candidates: matching forgets it and its matches. */
@ApplicationScoped
public class VacancyClosedHandler implements EventHandler<VacancyClosedEvent> {

    private final VacancyRepository vacancies;
    private final MatchingService matching;

    public VacancyClosedHandler(VacancyRepository vacancies, MatchingService matching) {
        this.vacancies = vacancies;
        this.matching = matching;
    }

    @Override
    public EventType type() {
        return EventType.VACANCY_CLOSED;
    }

    @Override
    @Transactional
    public void handle(EventEnvelope<VacancyClosedEvent> event) {
        matching.lock();
        Vacancy v = vacancies.findById(event.data().vacancyId());
        if (v != null) {
            matching.forget(v);
            vacancies.delete(v);
        }
    }
}

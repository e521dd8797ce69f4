package org.rungs.matching.vacancy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.matching.match.MatchingService;
import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.PoisonEventException;
import org.rungs.spine.events.SkillLevel;
import org.rungs.spine.events.VacancyOpenedEvent;
import org.rungs.spine.inbox.EventHandler;

/** An employer opened a vacancy: matching keeps it and proposes the best-ranked consenting participants. */
@ApplicationScoped
public class VacancyOpenedHandler implements EventHandler<VacancyOpenedEvent> {

    private final VacancyRepository vacancies;
    private final MatchingService matching;

    public VacancyOpenedHandler(VacancyRepository vacancies, MatchingService matching) {
        this.vacancies = vacancies;
        this.matching = matching;
    }

    @Override
    public EventType type() {
        return EventType.VACANCY_OPENED;
    }

    @Override
    @Transactional
    public void handle(EventEnvelope<VacancyOpenedEvent> event) {
        matching.lock();
        VacancyOpenedEvent data = event.data();
        if (vacancies.findById(data.vacancyId()) != null) {
            return;
        }
        Map<String, BigDecimal> required = new HashMap<>();
        for (SkillLevel skill : data.requiredSkills()) {
            if (required.put(skill.elementId(), skill.level()) != null) {
                throw new PoisonEventException("invalid", event.type().typeName() + ": requiredSkills lists "
                        + skill.elementId() + " more than once");
            }
        }
        Vacancy v = new Vacancy();
        v.id = data.vacancyId();
        v.employerId = data.employerId();
        v.title = data.title();
        v.occupationCode = data.occupationCode();
        v.requiredSkills = required;
        v.openedAt = data.openedAt();
        vacancies.persist(v);
        matching.proposeFor(v);
    }
}

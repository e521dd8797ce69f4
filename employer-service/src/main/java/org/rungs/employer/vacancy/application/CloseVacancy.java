package org.rungs.employer.vacancy.application;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.rungs.employer.vacancy.domain.CloseReason;
import org.rungs.employer.vacancy.domain.UnknownVacancy;
import org.rungs.employer.vacancy.domain.Vacancies;
import org.rungs.employer.vacancy.domain.Vacancy;
import org.rungs.spine.outbox.Outbox;

/** A vacancy stops taking candidates, announced as {@code vacancy.closed.v1}; its open referrals are withdrawn. */
@ApplicationScoped
public class CloseVacancy {

    private final Vacancies vacancies;
    private final Event<VacancyStopped> stopped;
    private final Outbox outbox;
    private final Clock clock;

    public CloseVacancy(Vacancies vacancies, Event<VacancyStopped> stopped, Outbox outbox, Clock clock) {
        this.vacancies = vacancies;
        this.stopped = stopped;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Closes the vacancy; it is locked first, so two closings cannot both succeed. */
    @Transactional
    public Vacancy close(UUID vacancyId, CloseReason reason) {
        Vacancy vacancy = vacancies.byIdForChange(vacancyId).orElseThrow(() -> new UnknownVacancy(vacancyId));
        vacancy.close(reason, clock);
        outbox.publish(vacancy);
        stopped.fire(new VacancyStopped(vacancy.id(), "closed (" + reason.wire() + ")"));
        return vacancy;
    }
}

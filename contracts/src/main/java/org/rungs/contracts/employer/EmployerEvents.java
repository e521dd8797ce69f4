package org.rungs.contracts.employer;

import org.rungs.spine.events.EventDeclarations;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.Topic;

/**
 * The events employer-service publishes: employers joining the network and the vacancies they open and close. Each
 * record's JSON Schema and golden sample are {@code contracts/employer-service/<type>.schema.json} and
 * {@code .sample.json}.
 */
public final class EmployerEvents implements EventDeclarations {

    public static final String PRODUCER = "employer-service";
    public static final Topic EMPLOYERS = new Topic("rungs.employer", PRODUCER);
    public static final Topic VACANCIES = new Topic("rungs.vacancy", PRODUCER);

    public static final EventType<EmployerJoined> EMPLOYER_JOINED = EMPLOYERS.event("employer.joined.v1",
            EmployerJoined.class, EmployerJoined::employerId, EmployerJoined::joinedAt);
    public static final EventType<VacancyOpened> VACANCY_OPENED = VACANCIES.event("vacancy.opened.v1",
            VacancyOpened.class, VacancyOpened::vacancyId, VacancyOpened::openedAt);
    public static final EventType<VacancyClosed> VACANCY_CLOSED = VACANCIES.event("vacancy.closed.v1",
            VacancyClosed.class, VacancyClosed::vacancyId, VacancyClosed::closedAt);
}

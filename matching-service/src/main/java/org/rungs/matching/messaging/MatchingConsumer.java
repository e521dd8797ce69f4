package org.rungs.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.matching.employment.application.KeepIncumbencies;
import org.rungs.matching.ladder.application.KeepLadders;
import org.rungs.matching.match.application.ProposeCandidates;
import org.rungs.spine.messaging.Assignment;
import org.rungs.spine.messaging.EventHandlers;
import org.rungs.spine.messaging.Handlers;

/**
 * matching-service's group consumer: the employer events it handles and the use case each runs. Instances share the
 * partitions, so each vacancy's events are applied by the one instance that owns it; participants' events reach every
 * instance through the {@link ParticipantFeed}. When the group moves vacancy partitions, the instance forgets the
 * vacancies it lost and weighs again those it gained, before it applies any of their events.
 */
@ApplicationScoped
public class MatchingConsumer implements EventHandlers {

    private static final Logger LOG = Logger.getLogger(MatchingConsumer.class);
    private static final String VACANCIES = EmployerEvents.VACANCIES.name();

    private final ProposeCandidates proposeCandidates;
    private final KeepLadders keepLadders;
    private final KeepIncumbencies keepIncumbencies;

    public MatchingConsumer(ProposeCandidates proposeCandidates, KeepLadders keepLadders,
            KeepIncumbencies keepIncumbencies) {
        this.proposeCandidates = proposeCandidates;
        this.keepLadders = keepLadders;
        this.keepIncumbencies = keepIncumbencies;
    }

    @Override
    public void register(Handlers on) {
        on.on(EmployerEvents.VACANCY_OPENED, proposeCandidates::vacancyOpened)
                .on(EmployerEvents.VACANCY_CLOSED, proposeCandidates::vacancyClosed)
                .on(EmployerEvents.VACANCY_FILLED, proposeCandidates::vacancyFilled)
                .on(EmployerEvents.LADDER_PUBLISHED, keepLadders::published)
                .on(EmployerEvents.LADDER_RETIRED, keepLadders::retired)
                .on(EmployerEvents.HIRE_RECORDED, keepIncumbencies::hired)
                .on(EmployerEvents.SEPARATION_RECORDED, keepIncumbencies::separated);
    }

    void assigned(@Observes Assignment assignment) {
        int gained = proposeCandidates.owned(vacancy -> assignment.owns(VACANCIES, vacancy.toString()));
        LOG.infof("This instance owns vacancy partitions %s: %d vacancies gained and weighed again",
                assignment.of(VACANCIES), gained);
    }
}

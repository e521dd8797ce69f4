package org.rungs.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.training.TrainingEvents;
import org.rungs.matching.employment.application.KeepIncumbencies;
import org.rungs.matching.ladder.application.KeepLadders;
import org.rungs.matching.match.application.ProposeCandidates;
import org.rungs.matching.match.application.Reevaluate;
import org.rungs.matching.pathway.application.PlanPathway;
import org.rungs.matching.training.application.KeepTraining;
import org.rungs.spine.messaging.Assignment;
import org.rungs.spine.messaging.EventHandlers;
import org.rungs.spine.messaging.Handlers;

/**
 * matching-service's group consumer: the employer and training events it handles and the use case each runs. Instances
 * share the partitions, so each vacancy's events are applied by the one instance that owns it; participants' events
 * reach every instance through the {@link ParticipantFeed}. When the group moves vacancy partitions, the instance
 * forgets the vacancies it lost and weighs again those it gained, before it applies any of their events.
 */
@ApplicationScoped
public class MatchingConsumer implements EventHandlers {

    private static final Logger LOG = Logger.getLogger(MatchingConsumer.class);
    private static final String VACANCIES = EmployerEvents.VACANCIES.name();

    private final ProposeCandidates proposeCandidates;
    private final KeepLadders keepLadders;
    private final KeepIncumbencies keepIncumbencies;
    private final KeepTraining keepTraining;
    private final Reevaluate reevaluate;
    private final PlanPathway planPathway;

    public MatchingConsumer(ProposeCandidates proposeCandidates, KeepLadders keepLadders,
            KeepIncumbencies keepIncumbencies, KeepTraining keepTraining, Reevaluate reevaluate,
            PlanPathway planPathway) {
        this.planPathway = planPathway;
        this.reevaluate = reevaluate;
        this.keepTraining = keepTraining;
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
                .on(EmployerEvents.PROMOTION_RECORDED, keepIncumbencies::promoted)
                .on(EmployerEvents.PROMOTION_RECORDED, reevaluate::promoted)
                .on(EmployerEvents.SEPARATION_RECORDED, keepIncumbencies::separated)
                .on(TrainingEvents.PROGRAM_PUBLISHED, keepTraining::programPublished)
                .on(TrainingEvents.PROGRAM_PUBLISHED, published -> planPathway.trainingChanged())
                .on(TrainingEvents.COHORT_SCHEDULED, keepTraining::cohortScheduled)
                .on(TrainingEvents.COHORT_SCHEDULED, scheduled -> planPathway.trainingChanged())
                .on(TrainingEvents.COHORT_CANCELLED, keepTraining::cohortCancelled)
                .on(TrainingEvents.COHORT_CANCELLED, cancelled -> planPathway.trainingChanged())
                .on(TrainingEvents.ENROLMENT_CHANGED, keepTraining::enrolmentChanged)
                .on(TrainingEvents.CREDENTIAL_AWARDED, keepTraining::credentialAwarded);
    }

    void assigned(@Observes Assignment assignment) {
        int gained = proposeCandidates.owned(vacancy -> assignment.owns(VACANCIES, vacancy.toString()));
        LOG.infof("This instance owns vacancy partitions %s: %d vacancies gained and weighed again",
                assignment.of(VACANCIES), gained);
    }
}

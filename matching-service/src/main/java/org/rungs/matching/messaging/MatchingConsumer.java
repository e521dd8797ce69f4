package org.rungs.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.matching.employment.application.KeepIncumbencies;
import org.rungs.matching.ladder.application.KeepLadders;
import org.rungs.matching.match.application.ProposeCandidates;
import org.rungs.matching.match.application.Reevaluate;
import org.rungs.spine.messaging.EventHandlers;
import org.rungs.spine.messaging.Handlers;

/**
 * matching-service's one inbound consumer: the events it handles and the use case each runs. Events are applied one at
 * a time across every instance ({@link Handlers#serialized()}), so a vacancy that opens at the moment a participant
 * attains a skill cannot miss the pair.
 */
@ApplicationScoped
public class MatchingConsumer implements EventHandlers {

    private final ProposeCandidates proposeCandidates;
    private final Reevaluate reevaluate;
    private final KeepLadders keepLadders;
    private final KeepIncumbencies keepIncumbencies;

    public MatchingConsumer(ProposeCandidates proposeCandidates, Reevaluate reevaluate, KeepLadders keepLadders,
            KeepIncumbencies keepIncumbencies) {
        this.proposeCandidates = proposeCandidates;
        this.reevaluate = reevaluate;
        this.keepLadders = keepLadders;
        this.keepIncumbencies = keepIncumbencies;
    }

    @Override
    public void register(Handlers on) {
        on.serialized()
                .on(ParticipantEvents.PARTICIPANT_ENROLLED, reevaluate::enrolled)
                .on(ParticipantEvents.SKILL_ATTAINED, reevaluate::skillAttained)
                .on(ParticipantEvents.CONSENT_CHANGED, reevaluate::consentChanged)
                .on(EmployerEvents.VACANCY_OPENED, proposeCandidates::vacancyOpened)
                .on(EmployerEvents.VACANCY_CLOSED, proposeCandidates::vacancyClosed)
                .on(EmployerEvents.VACANCY_FILLED, proposeCandidates::vacancyFilled)
                .on(EmployerEvents.LADDER_PUBLISHED, keepLadders::published)
                .on(EmployerEvents.LADDER_RETIRED, keepLadders::retired)
                .on(EmployerEvents.HIRE_RECORDED, keepIncumbencies::hired)
                .on(EmployerEvents.SEPARATION_RECORDED, keepIncumbencies::separated);
    }
}

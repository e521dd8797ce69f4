package org.rungs.training.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.spine.messaging.EventHandlers;
import org.rungs.spine.messaging.Handlers;
import org.rungs.training.assetmap.application.MapTraining;
import org.rungs.training.learner.application.KeepLearners;

/** training-service's one inbound consumer: the participants it enrols and their skills; the ladders it maps. */
@ApplicationScoped
public class TrainingConsumer implements EventHandlers {

    private final KeepLearners learners;
    private final MapTraining assetMap;

    public TrainingConsumer(KeepLearners learners, MapTraining assetMap) {
        this.learners = learners;
        this.assetMap = assetMap;
    }

    @Override
    public void register(Handlers on) {
        on.on(ParticipantEvents.PARTICIPANT_ENROLLED, learners::enrolled)
                .on(ParticipantEvents.SKILL_ATTAINED, learners::skillAttained)
                .on(EmployerEvents.LADDER_PUBLISHED, assetMap::ladderPublished)
                .on(EmployerEvents.LADDER_RETIRED, assetMap::ladderRetired);
    }
}

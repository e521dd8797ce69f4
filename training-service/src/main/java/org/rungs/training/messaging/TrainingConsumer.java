package org.rungs.training.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.spine.messaging.EventHandlers;
import org.rungs.spine.messaging.Handlers;
import org.rungs.training.learner.application.KeepLearners;

/** training-service's one inbound consumer: the participants it enrols, and their skills. */
@ApplicationScoped
public class TrainingConsumer implements EventHandlers {

    private final KeepLearners learners;

    public TrainingConsumer(KeepLearners learners) {
        this.learners = learners;
    }

    @Override
    public void register(Handlers on) {
        on.on(ParticipantEvents.PARTICIPANT_ENROLLED, learners::enrolled)
                .on(ParticipantEvents.SKILL_ATTAINED, learners::skillAttained);
    }
}

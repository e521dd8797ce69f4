package org.rungs.training.learner.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** No participant enrolled in the network has the id (as training-service read participant.enrolled.v1). */
public class UnknownLearner extends NotFound {

    public UnknownLearner(UUID id) {
        super("Participant", id);
    }
}

package org.rungs.training.learner.domain;

import java.util.Optional;
import java.util.UUID;

/** The participants training-service has heard of. */
public interface Learners {

    Optional<Learner> byId(UUID participantId);

    Optional<Learner> byIdForChange(UUID participantId);

    void add(Learner learner);
}

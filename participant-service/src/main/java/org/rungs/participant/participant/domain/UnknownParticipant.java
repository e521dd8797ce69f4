package org.rungs.participant.participant.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** No participant has this id (or the caller's agency does not serve them). */
public class UnknownParticipant extends NotFound {

    public UnknownParticipant(UUID id) {
        super("Participant", id);
    }
}

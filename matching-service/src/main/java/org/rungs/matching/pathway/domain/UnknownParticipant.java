package org.rungs.matching.pathway.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

public class UnknownParticipant extends NotFound {

    public UnknownParticipant(UUID id) {
        super("Participant", id);
    }
}

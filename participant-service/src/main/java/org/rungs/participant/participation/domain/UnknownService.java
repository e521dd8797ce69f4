package org.rungs.participant.participation.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** No service of this participant has the id. */
public class UnknownService extends NotFound {

    public UnknownService(UUID id) {
        super("Service", id);
    }
}

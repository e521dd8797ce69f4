package org.rungs.reporting.replay.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** No replay has this id. */
public class UnknownReplay extends NotFound {

    public UnknownReplay(UUID id) {
        super("Replay", id);
    }
}

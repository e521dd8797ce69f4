package org.rungs.training.assetmap.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** No published (and not retired) ladder has the id, as training-service read ladder.published.v1. */
public class UnknownLadder extends NotFound {

    public UnknownLadder(UUID id) {
        super("Published ladder", id);
    }
}

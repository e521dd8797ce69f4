package org.rungs.training.assetmap.domain;

import java.util.Optional;
import java.util.UUID;

import org.rungs.contracts.employer.LadderPublished;

/** The career ladders employer-service published, as last published, for the training asset map. */
public interface KnownLadders {

    /** Keeps the ladder's latest publication (an older version arriving late is ignored). */
    void keep(LadderPublished ladder);

    void retire(UUID ladderId);

    /** The ladder's latest publication, unless it was retired. */
    Optional<LadderPublished> published(UUID ladderId);
}

package org.rungs.matching.ladder.domain;

import org.rungs.spine.domain.Repository;

/** The career ladders matching knows of: each one's latest published version, or that it was retired. */
public interface Ladders extends Repository<Ladder> {
}

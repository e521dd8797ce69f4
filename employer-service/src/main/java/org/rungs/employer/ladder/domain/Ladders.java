package org.rungs.employer.ladder.domain;

import java.util.UUID;

import org.rungs.spine.domain.Page;
import org.rungs.spine.domain.Repository;

/** The career ladders of the network. */
public interface Ladders extends Repository<Ladder> {

    /** Ladders that pass the search's filters, by title. */
    Page<Ladder> search(Search search, int page, int size);

    /**
     * Filters of a ladder search; a null filter is not applied.
     *
     * @param employerId
     *            only ladders with a rung this employer hires into
     * @param occupationCode
     *            only ladders with a rung of this occupation
     */
    record Search(LadderStatus status, UUID employerId, String occupationCode) {
    }
}

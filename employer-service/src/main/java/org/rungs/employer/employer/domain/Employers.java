package org.rungs.employer.employer.domain;

import org.rungs.spine.domain.Page;
import org.rungs.spine.domain.Repository;

/** The employers of the network. */
public interface Employers extends Repository<Employer> {

    /** Employers by name, a page at a time. */
    Page<Employer> byName(int page, int size);
}

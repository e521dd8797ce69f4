package org.rungs.employer.employer.domain;

import java.util.Optional;
import java.util.UUID;

import org.rungs.spine.domain.Page;

/** The employers of the network. */
public interface Employers {

    Optional<Employer> byId(UUID id);

    boolean exists(UUID id);

    void add(Employer employer);

    /** Employers by name, a page at a time. */
    Page<Employer> byName(int page, int size);
}

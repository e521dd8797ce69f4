package org.rungs.employer.employment.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** No employment has this id (or the caller may not see it). */
public class UnknownEmployment extends NotFound {

    public UnknownEmployment(UUID id) {
        super("Employment", id);
    }
}

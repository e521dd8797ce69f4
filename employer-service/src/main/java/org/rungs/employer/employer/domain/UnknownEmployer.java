package org.rungs.employer.employer.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** No employer has this id. */
public class UnknownEmployer extends NotFound {

    public UnknownEmployer(UUID id) {
        super("Employer", id);
    }
}

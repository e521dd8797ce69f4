package org.rungs.employer.employment.domain;

import org.rungs.spine.domain.DomainError;

/** A promotion or separation dated before the hire (or a promotion before an earlier one). */
public class DatedBeforeHire extends DomainError {

    public DatedBeforeHire(String message) {
        super(message);
    }
}

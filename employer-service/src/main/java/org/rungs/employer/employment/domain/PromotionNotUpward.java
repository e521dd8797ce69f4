package org.rungs.employer.employment.domain;

import org.rungs.spine.domain.DomainError;

/** A promotion goes up: to a higher tier of the same ladder, or to another occupation. */
public class PromotionNotUpward extends DomainError {

    public PromotionNotUpward(String message) {
        super(message);
    }
}

package org.rungs.employer.referral.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** No referral has this id (or the caller may not see it). */
public class UnknownReferral extends NotFound {

    public UnknownReferral(UUID id) {
        super("Referral", id);
    }
}

package org.rungs.employer.agreement.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** No agreement has this id (or it is another employer's). */
public class UnknownAgreement extends NotFound {

    public UnknownAgreement(UUID id) {
        super("Agreement", id);
    }
}

package org.rungs.participant.support.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** No support referral of this participant has the id. */
public class UnknownSupport extends NotFound {

    public UnknownSupport(UUID id) {
        super("Support referral", id);
    }
}

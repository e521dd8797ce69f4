package org.rungs.participant.support.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** A support referral cannot move that way from where it stands (an ended support is final). */
public class SupportMoveNotAllowed extends DomainError {

    public SupportMoveNotAllowed(UUID id, SupportStatus from, SupportStatus to) {
        super("Support referral " + id + " is " + from.wire() + "; it cannot become " + to.wire());
    }
}

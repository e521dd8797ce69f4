package org.rungs.employer.referral.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** The participant does not (or no longer) consent to share their profile with employers. */
public class NotConsenting extends DomainError {

    public NotConsenting(UUID participantId) {
        super("Participant " + participantId + " does not consent to share their profile with employers");
    }
}

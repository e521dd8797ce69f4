package org.rungs.employer.referral.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** The participant has an open referral to this vacancy already. */
public class AlreadyReferred extends DomainError {

    public AlreadyReferred(UUID participantId, UUID vacancyId, UUID referralId) {
        super("Participant " + participantId + " is already referred to vacancy " + vacancyId + " (referral "
                + referralId + ")");
    }
}

package org.rungs.employer.employment.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** The participant already works for the employer: a change of job there is a promotion, not a second hire. */
public class AlreadyEmployed extends DomainError {

    public AlreadyEmployed(UUID participantId, UUID employerId) {
        super("Participant " + participantId + " already works for employer " + employerId
                + "; record a promotion instead (POST /employments/{id}/promotions, naming the vacancy or referral)");
    }
}

package org.rungs.employer.referral.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/**
 * The employer committed, in a hiring agreement in force, to interview every referred candidate who meets the rung's
 * criteria; this one does, so they are interviewed before they are declined.
 */
public class InterviewCommitted extends DomainError {

    public InterviewCommitted(UUID referralId, UUID agreementId) {
        super("Agreement " + agreementId + " commits the employer to interview every referred candidate who meets the "
                + "rung's criteria; the candidate of referral " + referralId + " does: interview them first");
    }
}

package org.rungs.employer.referral.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** Until its internal-first day passes, a vacancy takes only the employer's incumbent workers. */
public class InternalFirst extends DomainError {

    public InternalFirst(UUID vacancyId, LocalDate until) {
        super("Vacancy " + vacancyId + " is open to the employer's incumbent workers only, until " + until);
    }
}

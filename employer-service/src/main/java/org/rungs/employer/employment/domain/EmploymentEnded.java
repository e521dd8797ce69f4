package org.rungs.employer.employment.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** The worker separated from the employer: the employment changes no more. */
public class EmploymentEnded extends DomainError {

    public EmploymentEnded(UUID id, LocalDate separatedOn) {
        super("Employment " + id + " ended on " + separatedOn);
    }
}

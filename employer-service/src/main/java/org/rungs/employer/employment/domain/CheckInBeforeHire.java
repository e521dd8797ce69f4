package org.rungs.employer.employment.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** A retention check-in dated before the hire. */
public class CheckInBeforeHire extends DomainError {

    public CheckInBeforeHire(UUID id, LocalDate on, LocalDate startDate) {
        super("A check-in of employment " + id + " on " + on + " is before the hire, " + startDate);
    }
}

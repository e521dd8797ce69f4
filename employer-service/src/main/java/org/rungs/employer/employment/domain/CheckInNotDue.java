package org.rungs.employer.employment.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** A retention check-in recorded before its due day: it cannot yet say whether the worker stayed. */
public class CheckInNotDue extends DomainError {

    public CheckInNotDue(UUID id, int days, LocalDate dueOn) {
        super("The " + days + "-day check-in of employment " + id + " is due on " + dueOn);
    }
}

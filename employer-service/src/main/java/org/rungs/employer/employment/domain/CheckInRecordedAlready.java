package org.rungs.employer.employment.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** A retention check-in is recorded once. */
public class CheckInRecordedAlready extends DomainError {

    public CheckInRecordedAlready(UUID id, int days, LocalDate checkedOn) {
        super("The " + days + "-day check-in of employment " + id + " was recorded on " + checkedOn);
    }
}

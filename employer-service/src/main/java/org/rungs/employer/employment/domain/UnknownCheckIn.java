package org.rungs.employer.employment.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** No check-in is scheduled that many days after the hire. */
public class UnknownCheckIn extends NotFound {

    public UnknownCheckIn(UUID id, int days) {
        super("Check-in", days + " days after the hire of employment " + id);
    }
}

package org.rungs.training.enrolment.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** A withdrawn or completed enrolment cannot be withdrawn or completed. */
public class EnrolmentNotActive extends DomainError {

    public EnrolmentNotActive(UUID id, EnrolmentStatus status) {
        super("Enrolment " + id + " is " + status.wire() + "; only an enrolled participant can be withdrawn or "
                + "complete");
    }
}

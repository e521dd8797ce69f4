package org.rungs.training.enrolment.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

public class UnknownEnrolment extends NotFound {

    public UnknownEnrolment(UUID id) {
        super("Enrolment", id);
    }
}

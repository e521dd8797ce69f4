package org.rungs.training.enrolment.domain;

import java.time.LocalDate;

import org.rungs.spine.domain.DomainError;

/** A withdrawal, completion or skill gain dated before the enrolment. */
public class DatedBeforeEnrolment extends DomainError {

    public DatedBeforeEnrolment(String what, LocalDate date, LocalDate enrolledOn) {
        super("A " + what + " dated " + date + " is before the enrolment on " + enrolledOn);
    }
}

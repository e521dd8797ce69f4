package org.rungs.participant.participant.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** The agency already serves this person (same names and date of birth): work with that enrolment. */
public class AlreadyEnrolled extends DomainError {

    public AlreadyEnrolled(UUID existing) {
        super("Your agency already serves this person (same names and date of birth) as participant " + existing);
    }
}

package org.rungs.training.enrolment.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** The participant is enrolled in the cohort already (or completed it). */
public class AlreadyInCohort extends DomainError {

    public AlreadyInCohort(UUID participantId, UUID enrolmentId) {
        super("Participant " + participantId + " is in this cohort already (enrolment " + enrolmentId + ")");
    }
}

package org.rungs.training.enrolment.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rungs.spine.domain.Repository;

/** Enrolments in cohorts. */
public interface Enrolments extends Repository<Enrolment> {

    /** How many seats of the cohort are taken: enrolled or completed. */
    long seatsTaken(UUID cohortId);

    /** The participant's enrolment in the cohort that is not withdrawn, if any. */
    Optional<Enrolment> inCohort(UUID cohortId, UUID participantId);

    /** The cohort's enrolments, earliest first; only one agency's participants' when {@code agency} is given. */
    List<Enrolment> ofCohort(UUID cohortId, String agency);

    /** The participant's enrolments, latest first. */
    List<Enrolment> ofParticipant(UUID participantId);

    /** The cohort's active enrolments, locked, to withdraw when it is cancelled. */
    List<Enrolment> activeOfCohortForChange(UUID cohortId);
}

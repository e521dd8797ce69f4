package org.rungs.participant.employment.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rungs.spine.domain.Repository;

/** Participants' employment histories. */
public interface EmploymentRecords extends Repository<EmploymentRecord> {

    /** A participant's jobs, latest start first. */
    List<EmploymentRecord> ofParticipant(UUID participantId);

    void addEmployer(KnownEmployer employer);

    Optional<KnownEmployer> employer(UUID id);
}

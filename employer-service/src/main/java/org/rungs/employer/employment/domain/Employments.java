package org.rungs.employer.employment.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.rungs.spine.domain.Page;
import org.rungs.spine.domain.Repository;

/** The employments the network recorded. */
public interface Employments extends Repository<Employment> {

    /** Employments, latest start first, filtered by employer and participant when given. */
    Page<Employment> search(UUID employerId, UUID participantId, int page, int size);

    /** Employments with a check-in due before a day and not recorded, of one employer when given. */
    Page<Employment> withOverdueCheckIns(UUID employerId, LocalDate day, int page, int size);

    /** Whether the participant works for the employer now (an incumbent worker). */
    boolean employs(UUID employerId, UUID participantId);
}

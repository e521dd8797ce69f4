package org.rungs.employer.employment.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.rungs.spine.domain.Page;
import org.rungs.spine.domain.Repository;

/** The employments the network recorded. */
public interface Employments extends Repository<Employment> {

    /** Employments, latest start first, filtered by the search's filters that are given. */
    Page<Employment> search(Search search, int page, int size);

    /** Employments with a check-in due before a day and not recorded, filtered by the search's employer and agency. */
    Page<Employment> withOverdueCheckIns(Search search, LocalDate day, int page, int size);

    /** Whether a partner agency serves the participant (as employer-service knows participants). */
    boolean servedBy(UUID participantId, String partnerAgency);

    /**
     * Filters of an employment search; a null filter is not applied.
     *
     * @param partnerAgency
     *            only employments of participants this agency serves
     */
    record Search(UUID employerId, UUID participantId, String partnerAgency) {
    }

    /** Whether the participant works for the employer now (an incumbent worker). */
    boolean employs(UUID employerId, UUID participantId);
}

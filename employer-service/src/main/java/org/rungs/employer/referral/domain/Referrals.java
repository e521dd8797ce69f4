package org.rungs.employer.referral.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rungs.spine.domain.Page;
import org.rungs.spine.domain.Repository;

/** The referrals navigators made. */
public interface Referrals extends Repository<Referral> {

    /** The participant's open referral to the vacancy, if any. */
    Optional<Referral> openFor(UUID participantId, UUID vacancyId);

    /** A vacancy's open referrals, locked for a change. */
    List<Referral> openOfVacancyForChange(UUID vacancyId);

    /** The participant's open referrals, locked for a change. */
    List<Referral> openOfParticipantForChange(UUID participantId);

    /** Referrals, newest first, filtered when the filters are given. */
    Page<Referral> search(Search search, int page, int size);

    /**
     * @param employerId
     *            only referrals to this employer's vacancies
     * @param partnerAgency
     *            only referrals of this agency's participants
     */
    record Search(UUID vacancyId, UUID participantId, UUID employerId, String partnerAgency) {
    }
}

package org.rungs.participant.disclosure.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rungs.spine.domain.Repository;

/** The disclosures of participants' contact details to employers. */
public interface Disclosures extends Repository<Disclosure> {

    Optional<Disclosure> byReferralForChange(UUID referralId);

    /** A participant's disclosures, newest first. */
    List<Disclosure> ofParticipant(UUID participantId);

    /** A participant's open disclosures, locked for a change. */
    List<Disclosure> openOfParticipantForChange(UUID participantId);

    /** Whether the employer may read the participant's contact now. */
    boolean openTo(UUID participantId, UUID employerId);
}

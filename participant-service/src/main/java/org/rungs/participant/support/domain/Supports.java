package org.rungs.participant.support.domain;

import java.util.List;
import java.util.UUID;

import org.rungs.spine.domain.Repository;

/** Support referrals. */
public interface Supports extends Repository<SupportReferral> {

    /** A participant's support referrals, latest referral first. */
    List<SupportReferral> ofParticipant(UUID participantId);
}

package org.rungs.participant.consent.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rungs.spine.domain.Repository;

/** Participants' consent records. */
public interface ConsentRecords extends Repository<ConsentRecord> {

    /** A participant's consents, latest signed first. */
    List<ConsentRecord> ofParticipant(UUID participantId);

    /** Participants with a consent whose expiry passed before the day and is not yet announced. */
    List<UUID> withExpiryDueBefore(LocalDate day, int limit);
}

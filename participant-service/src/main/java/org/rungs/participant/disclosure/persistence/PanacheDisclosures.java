package org.rungs.participant.disclosure.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.rungs.participant.disclosure.domain.Disclosure;
import org.rungs.participant.disclosure.domain.Disclosures;
import org.rungs.spine.persistence.PanacheAggregates;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheDisclosures implements Disclosures, PanacheAggregates<Disclosure> {

    @Override
    public Optional<Disclosure> byReferralForChange(UUID referralId) {
        return find("referralId", referralId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    @Override
    public List<Disclosure> ofParticipant(UUID participantId) {
        return list("participantId", Sort.descending("grantedAt").and("id"), participantId);
    }

    @Override
    public List<Disclosure> openOfParticipantForChange(UUID participantId) {
        return find("participantId = ?1 and endedAt is null", participantId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    @Override
    public boolean openTo(UUID participantId, UUID employerId) {
        return count("participantId = ?1 and recipientEmployerId = ?2 and endedAt is null", participantId,
                employerId) > 0;
    }
}

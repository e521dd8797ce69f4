package org.rungs.participant.consent.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.participant.consent.domain.ConsentRecord;
import org.rungs.participant.consent.domain.ConsentRecords;
import org.rungs.spine.persistence.PanacheAggregates;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheConsentRecords implements ConsentRecords, PanacheAggregates<ConsentRecord> {

    @Override
    public List<ConsentRecord> ofParticipant(UUID participantId) {
        return list("participantId", Sort.descending("signedOn", "recordedAt").and("id"), participantId);
    }

    @Override
    public List<UUID> withExpiryDueBefore(LocalDate day, int limit) {
        return getEntityManager().createQuery("""
                select distinct c.participantId from ConsentRecord c
                 where c.expiryAnnounced = false and c.expiresOn < :day""", UUID.class)
                .setParameter("day", day).setMaxResults(limit).getResultList();
    }
}

package org.rungs.participant.consent.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rungs.participant.consent.domain.ConsentPurpose;
import org.rungs.participant.consent.domain.ConsentRecord;
import org.rungs.participant.consent.domain.ConsentScope;

/** A consent record, and whether it is in force today. */
public record ConsentRecordResponse(UUID id, UUID participantId, ConsentPurpose purpose, List<String> recipients,
        List<ConsentScope> scope, LocalDate signedOn, LocalDate expiresOn, LocalDate revokedOn, String revokedBy,
        String evidence, String recordedBy, Instant recordedAt, boolean inForce) {

    static ConsentRecordResponse of(ConsentRecord c, LocalDate today) {
        return new ConsentRecordResponse(c.id(), c.participantId(), c.purpose(), c.recipients(), c.scope(),
                c.signedOn(), c.expiresOn(), c.revokedOn(), c.revokedBy(), c.evidence(), c.recordedBy(),
                c.recordedAt(), c.inForce(today));
    }
}

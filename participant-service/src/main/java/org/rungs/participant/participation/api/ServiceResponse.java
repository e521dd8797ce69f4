package org.rungs.participant.participation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.rungs.participant.participation.domain.ServiceKind;
import org.rungs.participant.participation.domain.ServiceRecord;

/** An entry of the services log; {@code scheduled} while its day is ahead and it is not cancelled. */
public record ServiceResponse(UUID id, UUID participantId, ServiceKind kind, LocalDate date,
        boolean keepsParticipating, boolean scheduled, String description, String recordedBy, LocalDate loggedOn,
        Instant recordedAt, Instant cancelledAt, String cancelledBy, String cancelReason) {

    static ServiceResponse of(ServiceRecord s, LocalDate today) {
        return new ServiceResponse(s.id(), s.participantId(), s.kind(), s.date(), s.kind().keepsParticipating(),
                !s.cancelled() && s.date().isAfter(today), s.description(), s.recordedBy(), s.loggedOn(),
                s.recordedAt(), s.cancelledAt(), s.cancelledBy(), s.cancelReason());
    }
}

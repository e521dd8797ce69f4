package org.rungs.participant.participation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.rungs.participant.participation.domain.Exclusion;
import org.rungs.participant.participation.domain.ExclusionReason;

/** A performance exclusion with its PIRL 923 code and the period it applies to. */
public record ExclusionResponse(UUID id, UUID participantId, ExclusionReason reason, String pirlCode,
        LocalDate date, LocalDate periodStart, String note, String recordedBy, Instant recordedAt) {

    static ExclusionResponse of(Exclusion e) {
        return new ExclusionResponse(e.id(), e.participantId(), e.reason(), e.reason().pirlCode(), e.date(),
                e.periodStart(), e.note(), e.recordedBy(), e.recordedAt());
    }
}

package org.rungs.participant.support.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.rungs.participant.participant.domain.Barrier;
import org.rungs.participant.support.domain.SupportOutcome;
import org.rungs.participant.support.domain.SupportReferral;
import org.rungs.participant.support.domain.SupportStatus;

/** A support referral and how it went. */
public record SupportResponse(UUID id, UUID participantId, Barrier barrier, String provider, String description,
        SupportStatus status, LocalDate referredOn, LocalDate startedOn, LocalDate endedOn, SupportOutcome outcome,
        String referredBy, Instant recordedAt) {

    static SupportResponse of(SupportReferral s) {
        return new SupportResponse(s.id(), s.participantId(), s.barrier(), s.provider(), s.description(), s.status(),
                s.referredOn(), s.startedOn(), s.endedOn(), s.outcome(), s.referredBy(), s.recordedAt());
    }
}

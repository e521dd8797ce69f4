package org.rungs.participant.consent.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.rungs.participant.participant.domain.ConsentChange;
import org.rungs.participant.participant.domain.Participant;

/** A participant's current consent and its history, oldest entry first. */
public record ConsentResponse(UUID participantId, boolean shareWithEmployers, Instant changedAt,
        List<Entry> history) {

    public record Entry(boolean shareWithEmployers, String changedBy, Instant changedAt) {
    }

    static ConsentResponse of(Participant p, List<ConsentChange> history) {
        return new ConsentResponse(p.id(), p.consentToShare(), p.consentChangedAt(), history.stream()
                .map(c -> new Entry(c.shareWithEmployers(), c.changedBy(), c.changedAt()))
                .toList());
    }
}

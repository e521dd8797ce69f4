package org.rungs.matching.participant;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.matching.match.MatchingService;
import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.ParticipantEnrolledEvent;
import org.rungs.spine.inbox.EventHandler;

/**
 * A partner agency enrolled a participant: matching learns their agency and whether they share with employers. A
 * participant who consents from the start is weighed against the open vacancies at once.
 */
@ApplicationScoped
public class ParticipantEnrolledHandler implements EventHandler<ParticipantEnrolledEvent> {

    private final ParticipantRepository participants;
    private final MatchingService matching;

    public ParticipantEnrolledHandler(ParticipantRepository participants, MatchingService matching) {
        this.participants = participants;
        this.matching = matching;
    }

    @Override
    public EventType type() {
        return EventType.PARTICIPANT_ENROLLED;
    }

    @Override
    @Transactional
    public void handle(EventEnvelope<ParticipantEnrolledEvent> event) {
        matching.lock();
        ParticipantEnrolledEvent data = event.data();
        Participant p = participants.findById(data.participantId());
        if (p == null) {
            p = new Participant();
            p.id = data.participantId();
        }
        p.partnerAgency = data.partnerAgency();
        p.updatedAt = Instant.now();
        participants.persist(p);
        matching.changeConsent(p, data.consentToShare(), List.of());
    }
}

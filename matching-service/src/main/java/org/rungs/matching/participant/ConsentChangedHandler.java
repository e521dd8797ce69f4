package org.rungs.matching.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.rungs.matching.match.MatchingService;
import org.rungs.spine.events.ConsentChangedEvent;
import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.EventType;
import org.rungs.spine.inbox.EventHandler;

/**
 * A participant granted or withdrew consent to share with employers. Granting brings back their skills (the event's
 * snapshot) and weighs them against every open vacancy; withdrawing forgets their skills and takes them out of every
 * candidate list at once.
 */
@ApplicationScoped
public class ConsentChangedHandler implements EventHandler<ConsentChangedEvent> {

    private static final Logger LOG = Logger.getLogger(ConsentChangedHandler.class);

    private final ParticipantRepository participants;
    private final MatchingService matching;

    public ConsentChangedHandler(ParticipantRepository participants, MatchingService matching) {
        this.participants = participants;
        this.matching = matching;
    }

    @Override
    public EventType type() {
        return EventType.CONSENT_CHANGED;
    }

    @Override
    @Transactional
    public void handle(EventEnvelope<ConsentChangedEvent> event) {
        matching.lock();
        ConsentChangedEvent data = event.data();
        Participant p = participants.findById(data.participantId());
        if (p == null) {
            LOG.warnf("Consent change %s for participant %s, who was never enrolled, is ignored", event.id(),
                    data.participantId());
            return;
        }
        matching.changeConsent(p, data.shareWithEmployers(), data.skills());
    }
}

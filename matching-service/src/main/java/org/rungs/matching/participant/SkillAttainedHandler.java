package org.rungs.matching.participant;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.rungs.matching.match.MatchingService;
import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.SkillAttainedEvent;
import org.rungs.spine.inbox.EventHandler;

/**
 * A consenting participant reached a skill level: when it beats their best for that element, they are weighed again
 * against every open vacancy. Skills of participants who do not share with employers are not kept.
 */
@ApplicationScoped
public class SkillAttainedHandler implements EventHandler<SkillAttainedEvent> {

    private static final Logger LOG = Logger.getLogger(SkillAttainedHandler.class);

    private final ParticipantRepository participants;
    private final MatchingService matching;

    public SkillAttainedHandler(ParticipantRepository participants, MatchingService matching) {
        this.participants = participants;
        this.matching = matching;
    }

    @Override
    public EventType type() {
        return EventType.SKILL_ATTAINED;
    }

    @Override
    @Transactional
    public void handle(EventEnvelope<SkillAttainedEvent> event) {
        matching.lock();
        SkillAttainedEvent data = event.data();
        Participant p = participants.findById(data.participantId());
        if (p == null || !p.consenting) {
            LOG.debugf("Skill %s of participant %s not kept: no consent to share", data.elementId(),
                    data.participantId());
            return;
        }
        if (p.attain(data.elementId(), data.level())) {
            p.updatedAt = Instant.now();
            matching.reevaluate(p);
        }
    }
}

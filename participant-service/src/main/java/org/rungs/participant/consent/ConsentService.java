package org.rungs.participant.consent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.rungs.participant.participant.Participant;
import org.rungs.participant.participant.ParticipantRepository;
import org.rungs.participant.skill.SkillRecordRepository;
import org.rungs.spine.events.ConsentChangedEvent;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.SkillLevel;
import org.rungs.spine.outbox.Outbox;
import org.rungs.spine.problem.ProblemException;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Records a participant's decision to share their profile with employers, or to withdraw it, and announces it
 * ({@code consent.changed.v1}). A grant carries the participant's current skills so a consumer that forgot them on
 * withdrawal can take them back whole. Repeating the current decision changes and announces nothing.
 */
@ApplicationScoped
public class ConsentService {

    private final ParticipantRepository participants;
    private final SkillRecordRepository skills;
    private final ConsentChangeRepository history;
    private final Outbox outbox;

    public ConsentService(ParticipantRepository participants, SkillRecordRepository skills,
            ConsentChangeRepository history, Outbox outbox) {
        this.participants = participants;
        this.skills = skills;
        this.history = history;
        this.outbox = outbox;
    }

    @Transactional
    public Participant change(UUID participantId, boolean shareWithEmployers, String changedBy) {
        Participant p = participants.findById(participantId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw ProblemException.notFound("Participant", participantId);
        }
        if (p.consentToShare == shareWithEmployers) {
            return p;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        p.consentToShare = shareWithEmployers;
        p.consentChangedAt = now;
        history.persist(new ConsentChange(p.id, shareWithEmployers, changedBy, now));
        List<SkillLevel> current = shareWithEmployers ? skills.bestLevels(p.id) : List.of();
        outbox.record(EventType.CONSENT_CHANGED, p.id, now,
                new ConsentChangedEvent(p.id, shareWithEmployers, current, now));
        Panache.getEntityManager().flush();
        return p;
    }
}

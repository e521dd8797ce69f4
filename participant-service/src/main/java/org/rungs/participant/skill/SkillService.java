package org.rungs.participant.skill;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.rungs.participant.participant.ParticipantRepository;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.SkillAttainedEvent;
import org.rungs.spine.outbox.Outbox;
import org.rungs.spine.problem.ProblemException;

/** Records the skills participants show and announces each record ({@code skill.attained.v1}). */
@ApplicationScoped
public class SkillService {

    private final SkillRecordRepository skills;
    private final ParticipantRepository participants;
    private final Outbox outbox;

    public SkillService(SkillRecordRepository skills, ParticipantRepository participants, Outbox outbox) {
        this.skills = skills;
        this.participants = participants;
        this.outbox = outbox;
    }

    /**
     * Adds a skill record. The participant is locked so a concurrent consent change sees either none or all of it, and
     * their events leave in the order they happened.
     */
    @Transactional
    public SkillRecord record(UUID participantId, RecordSkillRequest request, String recordedBy) {
        if (participants.findById(participantId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw ProblemException.notFound("Participant", participantId);
        }
        SkillRecord s = new SkillRecord();
        s.id = UUID.randomUUID();
        s.participantId = participantId;
        s.elementId = request.elementId();
        s.level = request.level();
        s.source = request.source();
        s.evidence = request.evidence() == null || request.evidence().isBlank() ? null : request.evidence().strip();
        s.recordedBy = recordedBy;
        s.attainedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        skills.persist(s);
        outbox.record(EventType.SKILL_ATTAINED, participantId, s.attainedAt, new SkillAttainedEvent(participantId,
                s.id, s.elementId, s.level, s.source.wire(), s.attainedAt));
        return s;
    }
}

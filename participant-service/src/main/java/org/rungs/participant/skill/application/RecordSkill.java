package org.rungs.participant.skill.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.participant.participant.domain.Participants;
import org.rungs.participant.participant.domain.UnknownParticipant;
import org.rungs.participant.skill.domain.SkillRecord;
import org.rungs.participant.skill.domain.SkillRecords;
import org.rungs.participant.skill.domain.SkillSource;
import org.rungs.spine.outbox.Outbox;

/** A navigator records a skill level a participant showed ({@code skill.attained.v1}). */
@ApplicationScoped
public class RecordSkill {

    public record Command(UUID participantId, String elementId, BigDecimal level, SkillSource source,
            String evidence, String recordedBy) {
    }

    private final SkillRecords skills;
    private final Participants participants;
    private final Outbox outbox;
    private final Clock clock;

    public RecordSkill(SkillRecords skills, Participants participants, Outbox outbox, Clock clock) {
        this.skills = skills;
        this.participants = participants;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Adds a skill record. The participant is locked so a concurrent consent change sees either none or all of it, and
     * their events leave in the order they happened.
     */
    @Transactional
    public SkillRecord record(Command c) {
        participants.byIdForChange(c.participantId()).orElseThrow(() -> new UnknownParticipant(c.participantId()));
        SkillRecord record = SkillRecord.record(c.participantId(), c.elementId(), c.level(), c.source(), c.evidence(),
                c.recordedBy(), clock);
        skills.add(record);
        outbox.publish(record);
        return record;
    }
}

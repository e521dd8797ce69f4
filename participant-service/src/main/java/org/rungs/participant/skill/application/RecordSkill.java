package org.rungs.participant.skill.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.training.CredentialAwarded;
import org.rungs.participant.participant.domain.Participants;
import org.rungs.participant.participant.domain.UnknownParticipant;
import org.rungs.participant.skill.domain.SkillRecord;
import org.rungs.participant.skill.domain.SkillRecords;
import org.rungs.participant.skill.domain.SkillSource;
import org.rungs.spine.outbox.Outbox;

/**
 * A navigator records a skill level a participant showed, or a credential they earned shows it
 * ({@code skill.attained.v1}).
 */
@ApplicationScoped
public class RecordSkill {

    private static final Logger LOG = Logger.getLogger(RecordSkill.class);

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

    /**
     * A participant completed a program ({@code credential.awarded.v1}): each skill it teaches is attained at the level
     * reached, with the credential as evidence, so matching weighs them again at once. A participant never enrolled
     * here is logged and skipped.
     */
    @Transactional
    public void credentialAwarded(CredentialAwarded e) {
        if (participants.byIdForChange(e.participantId()).isEmpty()) {
            LOG.warnf("Credential %s of participant %s, never enrolled, is skipped", e.credentialId(),
                    e.participantId());
            return;
        }
        for (SkillLevel skill : e.skills()) {
            SkillRecord record = SkillRecord.record(e.participantId(), skill.elementId(), skill.level(),
                    SkillSource.CREDENTIAL, "Credential " + e.title() + " (" + e.credentialId() + "), awarded "
                            + e.awardedOn(),
                    "training-service", clock);
            skills.add(record);
            outbox.publish(record);
        }
    }
}

package org.rungs.participant.skill.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.contracts.participant.SkillAttained;
import org.rungs.spine.domain.AggregateRoot;
import org.rungs.spine.domain.Text;

/**
 * One observation of a participant's skill or knowledge element (O*NET element id) at a level on O*NET's 0–7 scale.
 * Records accumulate: a later assessment adds a record rather than replacing an earlier one. Each is announced as
 * {@code skill.attained.v1}, on the participant's topic and key; the evidence stays here.
 */
@Entity
@Table(name = "skill_record")
public class SkillRecord extends AggregateRoot {

    static final BigDecimal MAX_LEVEL = BigDecimal.valueOf(7);

    @Id
    private UUID id;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "element_id", nullable = false)
    private String elementId;

    @Column(nullable = false)
    private BigDecimal level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SkillSource source;

    private String evidence;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "attained_at", nullable = false)
    private Instant attainedAt;

    protected SkillRecord() {
    }

    /** Records that a participant shows an element at a level, and how that is known. */
    public static SkillRecord record(UUID participantId, String elementId, BigDecimal level, SkillSource source,
            String evidence, String recordedBy, Clock clock) {
        if (level == null || level.signum() < 0 || level.compareTo(MAX_LEVEL) > 0) {
            throw new IllegalArgumentException("a level is on O*NET's 0-7 scale: " + level);
        }
        SkillRecord s = new SkillRecord();
        s.id = UUID.randomUUID();
        s.participantId = Objects.requireNonNull(participantId, "participantId");
        s.elementId = Objects.requireNonNull(elementId, "elementId");
        s.level = level;
        s.source = Objects.requireNonNull(source, "source");
        s.evidence = Text.optional(evidence);
        s.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        s.attainedAt = clock.instant();
        s.record(ParticipantEvents.SKILL_ATTAINED, new SkillAttained(s.participantId, s.id, s.elementId, s.level,
                s.source.wire(), s.attainedAt));
        return s;
    }

    public UUID id() {
        return id;
    }

    public UUID participantId() {
        return participantId;
    }

    public String elementId() {
        return elementId;
    }

    public BigDecimal level() {
        return level;
    }

    public SkillSource source() {
        return source;
    }

    public String evidence() {
        return evidence;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant attainedAt() {
        return attainedAt;
    }
}

package org.rungs.participant.skill;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One observation of a participant's skill or knowledge element (O*NET element id) at a level on O*NET's 0–7 scale.
 * Records accumulate: a later assessment adds a record rather than replacing an earlier one.
 */
@Entity
@Table(name = "skill_record")
public class SkillRecord {

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(name = "element_id", nullable = false)
    public String elementId;

    @Column(nullable = false)
    public BigDecimal level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SkillSource source;

    public String evidence;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "attained_at", nullable = false)
    public Instant attainedAt;
}

package org.rungs.reporting.participant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One skill record a participant attained; counted for the participant's partner agency at query time. Written by
 * upsert in {@link SkillAttainedHandler}; mapped so Hibernate validates the table at start.
 */
@Entity
@Table(name = "skill_fact")
public class SkillFact {

    @Id
    @Column(name = "skill_record_id")
    public UUID skillRecordId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(name = "element_id", nullable = false)
    public String elementId;

    @Column(nullable = false, precision = 4, scale = 2)
    public BigDecimal level;

    @Column(nullable = false)
    public String source;

    @Column(name = "attained_at", nullable = false)
    public Instant attainedAt;
}

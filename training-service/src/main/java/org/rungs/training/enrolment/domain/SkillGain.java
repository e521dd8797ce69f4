package org.rungs.training.enrolment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.rungs.spine.domain.Text;

/** A measurable skill gain recorded on an enrolment, dated the day achieved. */
@Entity
@Table(name = "skill_gain")
public class SkillGain {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GainType type;

    @Column(name = "achieved_on", nullable = false)
    private LocalDate achievedOn;

    @Column(length = 500)
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SkillGain() {
    }

    SkillGain(GainType type, LocalDate achievedOn, String note, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.type = type;
        this.achievedOn = achievedOn;
        this.note = Text.optional(note);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public GainType type() {
        return type;
    }

    public LocalDate achievedOn() {
        return achievedOn;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}

package org.rungs.matching.match.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.rungs.contracts.common.SkillGap;

/** One required skill in a match's explanation: the level required, the participant's level (null if none). */
@Embeddable
public class MatchSkill {

    @Column(name = "element_id", nullable = false)
    private String elementId;

    @Column(name = "required_level", nullable = false)
    private BigDecimal requiredLevel;

    @Column(name = "participant_level")
    private BigDecimal participantLevel;

    @Column(nullable = false)
    private boolean met;

    protected MatchSkill() {
    }

    MatchSkill(SkillGap gap, boolean met) {
        this.elementId = gap.elementId();
        this.requiredLevel = gap.requiredLevel();
        this.participantLevel = gap.participantLevel();
        this.met = met;
    }

    String elementId() {
        return elementId;
    }

    boolean met() {
        return met;
    }

    SkillGap gap() {
        return new SkillGap(elementId, requiredLevel, participantLevel);
    }
}

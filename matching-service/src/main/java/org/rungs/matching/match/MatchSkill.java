package org.rungs.matching.match;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.rungs.spine.events.SkillGap;

/** One required skill in a match's explanation: the level required, the participant's level (null if none). */
@Embeddable
public class MatchSkill {

    @Column(name = "element_id", nullable = false)
    public String elementId;

    @Column(name = "required_level", nullable = false)
    public BigDecimal requiredLevel;

    @Column(name = "participant_level")
    public BigDecimal participantLevel;

    @Column(nullable = false)
    public boolean met;

    protected MatchSkill() {
    }

    MatchSkill(SkillGap gap, boolean met) {
        this.elementId = gap.elementId();
        this.requiredLevel = gap.requiredLevel();
        this.participantLevel = gap.participantLevel();
        this.met = met;
    }

    SkillGap gap() {
        return new SkillGap(elementId, requiredLevel, participantLevel);
    }
}

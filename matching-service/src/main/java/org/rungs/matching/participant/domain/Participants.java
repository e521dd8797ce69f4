package org.rungs.matching.participant.domain;

import java.util.List;

import org.rungs.spine.domain.Repository;

/** The participants matching knows of. */
public interface Participants extends Repository<Participant> {

    /** Every participant who shares with employers, skills included. */
    List<Participant> consenting();

    /** Each skill of every consenting participant, read in one pass (the candidate index is rebuilt from it). */
    void forEachConsentingSkill(SkillVisitor visitor);

    /** Receives one participant's best level of one element. */
    @FunctionalInterface
    interface SkillVisitor {

        void skill(java.util.UUID participantId, String elementId, java.math.BigDecimal level);
    }
}

package org.rungs.matching.match.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.rungs.contracts.common.SkillGap;
import org.rungs.matching.match.domain.Evaluation;
import org.rungs.matching.match.domain.Match;
import org.rungs.spine.reference.Onet;

/** The candidates proposed for a vacancy, best first, each explained skill by skill. */
public record CandidatesResponse(UUID vacancyId, String occupationCode, List<Candidate> candidates) {

    /**
     * A proposed participant: the share of required skills met ({@code score}, 0–1) and which skills are met or
     * missing.
     */
    public record Candidate(UUID participantId, String partnerAgency, BigDecimal score, List<Skill> met,
            List<Skill> missing) {

        static Candidate of(Match m) {
            Evaluation e = m.evaluation();
            return new Candidate(m.participantId(), m.partnerAgency(), e.score(),
                    e.met().stream().map(Skill::of).toList(), e.missing().stream().map(Skill::of).toList());
        }
    }

    /** A required skill: the level required and the participant's level (null when they have no record of it). */
    public record Skill(String elementId, String name, BigDecimal requiredLevel, BigDecimal participantLevel) {

        static Skill of(SkillGap gap) {
            return new Skill(gap.elementId(), Onet.get().element(gap.elementId()).map(Onet.Element::name).orElse(null),
                    gap.requiredLevel(), gap.participantLevel());
        }
    }
}

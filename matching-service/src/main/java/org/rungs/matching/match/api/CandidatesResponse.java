package org.rungs.matching.match.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.rungs.contracts.common.SkillGap;
import org.rungs.matching.match.domain.Appraisal;
import org.rungs.matching.match.domain.Evaluation;
import org.rungs.matching.match.domain.Matches;
import org.rungs.spine.reference.Onet;

/** The candidates proposed for a vacancy, best first, each explained skill by skill. */
public record CandidatesResponse(UUID vacancyId, String occupationCode, List<Candidate> candidates) {

    /**
     * A proposed participant: their rank (0–1, the weighted mean of the factors, which orders the list) with each
     * factor, the share of required skills met ({@code score}, 0–1) and which skills are met or missing.
     */
    public record Candidate(UUID participantId, String partnerAgency, BigDecimal rank, List<Factor> factors,
            BigDecimal score, List<Skill> met, List<Skill> missing) {

        static Candidate of(Matches.Proposed m) {
            Appraisal a = m.appraisal();
            Evaluation e = a.evaluation();
            return new Candidate(m.participantId(), m.partnerAgency(), a.rank(),
                    a.factors().stream().map(f -> new Factor(f.name(), f.value(), f.weight(), f.reason())).toList(),
                    e.score(), e.met().stream().map(Skill::of).toList(), e.missing().stream().map(Skill::of).toList());
        }
    }

    /** One ranking factor: its value (0–1), its weight, and why it has that value. */
    public record Factor(String factor, BigDecimal value, BigDecimal weight, String reason) {
    }

    /** A required skill: the level required and the participant's level (null when they have no record of it). */
    public record Skill(String elementId, String name, BigDecimal requiredLevel, BigDecimal participantLevel) {

        static Skill of(SkillGap gap) {
            return new Skill(gap.elementId(), Onet.get().element(gap.elementId()).map(Onet.Element::name).orElse(null),
                    gap.requiredLevel(), gap.participantLevel());
        }
    }
}

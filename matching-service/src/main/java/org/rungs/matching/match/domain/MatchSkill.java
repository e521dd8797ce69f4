package org.rungs.matching.match.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.rungs.contracts.common.SkillGap;

/**
 * One required skill in a match's stored explanation: the level required, the participant's level (null if none), and
 * whether it is met.
 */
public record MatchSkill(String elementId, BigDecimal requiredLevel, BigDecimal participantLevel, boolean met) {

    /** An evaluation's skills, met and missing, in element order. */
    public static List<MatchSkill> of(Evaluation evaluation) {
        return Stream.concat(evaluation.met().stream().map(g -> of(g, true)),
                evaluation.missing().stream().map(g -> of(g, false)))
                .sorted(java.util.Comparator.comparing(MatchSkill::elementId)).toList();
    }

    /** The evaluation these skills explain, with its score. */
    public static Evaluation evaluation(BigDecimal score, List<MatchSkill> skills) {
        return new Evaluation(Evaluation.plain(score), skills.stream().filter(MatchSkill::met).map(MatchSkill::gap)
                .toList(), skills.stream().filter(s -> !s.met()).map(MatchSkill::gap).toList());
    }

    private static MatchSkill of(SkillGap gap, boolean met) {
        return new MatchSkill(gap.elementId(), gap.requiredLevel(), gap.participantLevel(), met);
    }

    private SkillGap gap() {
        return new SkillGap(elementId, requiredLevel, participantLevel);
    }
}

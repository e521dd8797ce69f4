package org.rungs.matching.match.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.rungs.contracts.common.SkillGap;

/**
 * How well a participant's skills meet a vacancy's requirements. The score is the share of required skills the
 * participant holds at or above the required level (1 when nothing is required), to four decimals; {@code met} and
 * {@code missing} explain it skill by skill, in element order.
 */
public record Evaluation(BigDecimal score, List<SkillGap> met, List<SkillGap> missing) {

    static final int SCALE = 4;

    /**
     * @param required
     *            O*NET element id to the level the vacancy requires
     * @param skills
     *            O*NET element id to the participant's best level
     */
    public static Evaluation of(Map<String, BigDecimal> required, Map<String, BigDecimal> skills) {
        List<SkillGap> met = new ArrayList<>();
        List<SkillGap> missing = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> requirement : new TreeMap<>(required).entrySet()) {
            BigDecimal level = skills.get(requirement.getKey());
            SkillGap gap = new SkillGap(requirement.getKey(), requirement.getValue(), level);
            if (level != null && level.compareTo(requirement.getValue()) >= 0) {
                met.add(gap);
            } else {
                missing.add(gap);
            }
        }
        return new Evaluation(share(met.size(), required.size()), List.copyOf(met), List.copyOf(missing));
    }

    /** The score {@link #of} gives, without listing the skills. */
    public static BigDecimal scoreOf(Map<String, BigDecimal> required, Map<String, BigDecimal> skills) {
        int met = 0;
        for (Map.Entry<String, BigDecimal> requirement : required.entrySet()) {
            BigDecimal level = skills.get(requirement.getKey());
            if (level != null && level.compareTo(requirement.getValue()) >= 0) {
                met++;
            }
        }
        return share(met, required.size());
    }

    private static BigDecimal share(int met, int required) {
        return required == 0
                ? BigDecimal.ONE
                : plain(BigDecimal.valueOf(met).divide(BigDecimal.valueOf(required), SCALE, RoundingMode.HALF_UP));
    }

    /** Whether this evaluation is good enough to propose the participant. */
    public boolean qualifies(BigDecimal minScore) {
        return score.compareTo(minScore) >= 0;
    }

    /** Whether another score is the same as this one, whatever its scale. */
    public boolean sameScore(BigDecimal other) {
        return other != null && score.compareTo(other) == 0;
    }

    /** A score without trailing zeros: 0.5 rather than 0.5000, 1 rather than 1.0000. */
    public static BigDecimal plain(BigDecimal score) {
        BigDecimal stripped = score.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

package org.rungs.employer.suggestion.domain;

import java.math.BigDecimal;
import java.util.List;

import org.rungs.employer.suggestion.domain.OccupationalData.WageBand;

/**
 * An occupation one rung up a career ladder from another, with the evidence for it.
 *
 * @param code
 *            the O*NET-SOC code or NOC 2021 unit group
 * @param jobZone
 *            the O*NET Job Zone (1–5); for a NOC unit group, that of its {@code onetProxy}
 * @param teer
 *            the NOC 2021 TEER (0–5); null for an O*NET occupation
 * @param relatednessTier
 *            O*NET's tier ({@code Primary-Short}, {@code Primary-Long}, {@code Supplemental}) of the related-occupation
 *            link that makes this a candidate; null for a NOC unit group suggested for the TEER step only
 * @param relatednessIndex
 *            O*NET's index (1–20, 1 closest) of that link, or null
 * @param onetProxy
 *            for a NOC unit group, the O*NET occupation its wages and skills come from (its best-weighted crosswalk
 *            mapping); null for an O*NET occupation
 * @param wages
 *            the target's OEWS hourly wages, or null when OEWS does not cover it
 * @param medianWageGain
 *            target median − source median, dollars an hour; null when either is unknown
 * @param medianWageGainPercent
 *            that gain as a percentage of the source median, to one decimal; null when unknown
 * @param skillDistance
 *            the sum, over the target's important skills, of how far the target's level is above the source's (2
 *            decimals); null when O*NET rates the skills of neither or only one of them
 * @param gaps
 *            the skills whose target level is above the source's, largest gap first
 * @param score
 *            {@code medianWageGain ÷ (1 + skillDistance)}, to 4 decimals; null when either is unknown
 * @param defaultWageBand
 *            the target's OEWS 25th to 75th percentile, a default for a rung's wage band
 * @param defaultRequiredSkills
 *            the target's important skills at their O*NET level, a default for a rung's required skills
 * @param reasons
 *            short sentences saying why this is suggested and where each figure comes from
 */
public record Suggestion(String code, String title, Taxonomy taxonomy, Integer jobZone, Integer teer,
        String relatednessTier, Integer relatednessIndex, String onetProxy, WageBand wages, BigDecimal medianWageGain,
        BigDecimal medianWageGainPercent, BigDecimal skillDistance, List<SkillGap> gaps, BigDecimal score,
        WageRange defaultWageBand, List<RequiredLevel> defaultRequiredSkills, List<String> reasons) {

    public Suggestion {
        gaps = List.copyOf(gaps);
        defaultRequiredSkills = List.copyOf(defaultRequiredSkills);
        reasons = List.copyOf(reasons);
    }

    /** A skill whose level the target requires above the source's (O*NET's 0–7 level scale). */
    public record SkillGap(String elementId, String name, BigDecimal from, BigDecimal to, BigDecimal gap) {
    }

    /** Hourly wages from {@code low} to {@code high}; either is null when BLS did not publish it. */
    public record WageRange(BigDecimal low, BigDecimal high) {
    }

    /** An O*NET Skills element at a level (0–7). */
    public record RequiredLevel(String elementId, String name, BigDecimal level) {
    }

    /** Whether the median wage is known to rise, which ranks a suggestion by its score. */
    public boolean raisesMedianWage() {
        return score != null && medianWageGain != null && medianWageGain.signum() > 0;
    }
}

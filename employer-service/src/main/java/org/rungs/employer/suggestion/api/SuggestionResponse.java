package org.rungs.employer.suggestion.api;

import java.math.BigDecimal;
import java.util.List;

import org.rungs.employer.suggestion.domain.OccupationalData.WageBand;
import org.rungs.employer.suggestion.domain.Suggestion;

/** One suggested rung; see {@link Suggestion} for what each figure means. */
public record SuggestionResponse(String code, String title, String taxonomy, Integer jobZone, Integer teer,
        String relatednessTier, Integer relatednessIndex, String onetProxy, WageBand wages, BigDecimal medianWageGain,
        BigDecimal medianWageGainPercent, BigDecimal skillDistance, BigDecimal score, List<Suggestion.SkillGap> gaps,
        Suggestion.WageRange defaultWageBand, List<Suggestion.RequiredLevel> defaultRequiredSkills,
        List<String> reasons) {

    static SuggestionResponse of(Suggestion s) {
        return new SuggestionResponse(s.code(), s.title(), s.taxonomy().code(), s.jobZone(), s.teer(),
                s.relatednessTier(), s.relatednessIndex(), s.onetProxy(), s.wages(), s.medianWageGain(),
                s.medianWageGainPercent(), s.skillDistance(), s.score(), s.gaps(), s.defaultWageBand(),
                s.defaultRequiredSkills(), s.reasons());
    }
}

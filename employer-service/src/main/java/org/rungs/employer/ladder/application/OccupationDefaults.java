package org.rungs.employer.ladder.application;

import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.employer.ladder.domain.RequiredSkill;
import org.rungs.employer.ladder.domain.WageBand;
import org.rungs.employer.suggestion.domain.OccupationalData;

/**
 * What a rung takes by default from the reference data the product ships (see
 * {@code employer-service/src/main/resources/reference/ATTRIBUTION.md}): the O*NET (or NOC) title, BLS OEWS's 25th–75th
 * percentile hourly wages, and the O*NET levels of the occupation's important skills (importance ≥ 3), to two decimals.
 * A NOC 2021 unit group takes the wages and skills of the O*NET occupation the BC O*NET→NOC mapping weighs highest for
 * it (U.S. national wages, as a proxy).
 */
@ApplicationScoped
public class OccupationDefaults {

    public Optional<String> title(String occupationCode) {
        return OccupationalData.get().title(occupationCode);
    }

    public Optional<WageBand> wageBand(String occupationCode) {
        return onet(occupationCode).flatMap(OccupationalData.get()::wages)
                .filter(w -> w.p25() != null && w.p75() != null)
                .map(w -> new WageBand(w.p25(), w.p75()));
    }

    public List<RequiredSkill> requiredSkills(String occupationCode) {
        return onet(occupationCode).map(OccupationalData.get()::importantSkills).orElse(List.of()).stream()
                .map(s -> new RequiredSkill(s.elementId(), s.level().setScale(2, RoundingMode.HALF_UP)))
                .toList();
    }

    /** The O*NET occupation whose data stands for a code: itself, or a NOC unit group's best-weighted mapping. */
    private static Optional<String> onet(String occupationCode) {
        return occupationCode.matches("\\d{5}")
                ? OccupationalData.get().bestOnet(occupationCode)
                : Optional.of(occupationCode);
    }
}

package org.rungs.matching.match.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.matching.index.application.CandidateIndex;
import org.rungs.matching.index.domain.VacancyIndex;
import org.rungs.matching.match.domain.Appraisal;
import org.rungs.matching.participant.domain.Profile;
import org.rungs.matching.vacancy.domain.Opening;

/**
 * The rough rank by which the participant feed passes over pairs that cannot enter a full shortlist never falls a
 * thousandth below the exact rank, and the index's fit never counts fewer skills met than the exact evaluation: a pair
 * passed over could not have entered.
 */
class RoughRankTest {

    static final List<String> ELEMENTS = List.of("2.A.1.a", "2.A.1.b", "2.A.2.a", "2.B.1.f", "2.B.3.a", "2.C.1.e");
    static final Appraisal.Weights WEIGHTS = new Appraisal.Weights(new BigDecimal("0.40"), new BigDecimal("0.15"),
            new BigDecimal("0.10"), new BigDecimal("0.10"), new BigDecimal("0.10"), new BigDecimal("0.05"),
            new BigDecimal("0.10"));

    @Test
    void theRoughRankIsNeverAThousandthBelowTheExactOne() {
        Random rng = new Random(9);
        UUID employer = UUID.randomUUID();
        UUID rung = UUID.randomUUID();
        for (int round = 0; round < 5_000; round++) {
            CandidateIndex index = new CandidateIndex();
            UUID vacancy = UUID.randomUUID();
            Map<String, BigDecimal> required = levels(rng, 1 + rng.nextInt(6), 3);
            Map<String, BigDecimal> skills = levels(rng, rng.nextInt(6), 2);
            index.own(vacancy, required);
            Opening opening = new Opening(employer, rng.nextBoolean() ? new BigDecimal("21.50") : null,
                    List.of("day", "night", "flexible", "evening").get(rng.nextInt(4)),
                    rng.nextBoolean() ? rung : null, 1 + rng.nextInt(3), "31-1131.00",
                    rng.nextBoolean() ? Set.of(UUID.randomUUID()) : Set.of(),
                    rng.nextBoolean() ? Set.of("CNA License") : Set.of());
            Profile profile = new Profile(rng.nextBoolean() ? Set.of(employer) : Set.of(),
                    rng.nextBoolean() ? Set.of(rung) : Set.of(), Set.of(), rng.nextBoolean()
                            ? new BigDecimal(
                                    "17.25")
                            : null,
                    rng.nextBoolean() ? Set.of("cna license") : Set.of(),
                    rng.nextBoolean() ? Set.of("childcare") : Set.of("transportation"),
                    List.of("day", "evening", "flexible").get(rng.nextInt(3)), List.of());

            VacancyIndex.Fit fit = index.fit(vacancy, index.probe(skills));
            Appraisal.Estimate exact = Appraisal.estimate(required, skills, opening, profile, WEIGHTS);
            double rough = new Appraisal.Rough(WEIGHTS).rank(fit.share(), fit.levels(), opening, profile);

            assertThat(fit.share()).as("round %d: the share met", round)
                    .isGreaterThanOrEqualTo(exact.score().doubleValue() - 0.00005);
            assertThat(rough).as("round %d: %s against %s", round, skills, required)
                    .isGreaterThan(exact.rank().doubleValue() - 0.001)
                    .isLessThan(exact.rank().doubleValue() + 0.001);
        }
    }

    /** Levels on the 0–7 scale with up to this many decimals, some of them 0. */
    static Map<String, BigDecimal> levels(Random rng, int count, int decimals) {
        Map<String, BigDecimal> levels = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int scale = rng.nextInt(decimals + 1);
            int bound = 7 * (int) Math.pow(10, scale);
            levels.put(ELEMENTS.get(rng.nextInt(ELEMENTS.size())),
                    rng.nextInt(10) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(rng.nextInt(bound + 1), scale));
        }
        return levels;
    }
}

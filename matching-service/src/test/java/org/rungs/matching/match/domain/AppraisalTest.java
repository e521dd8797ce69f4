package org.rungs.matching.match.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.matching.participant.domain.Profile;
import org.rungs.matching.vacancy.domain.Opening;

/** Each ranking factor from its definition (docs/adr/0020-explainable-ranking.md), and the weighted rank. */
class AppraisalTest {

    static final UUID EMPLOYER = UUID.randomUUID();
    static final UUID CNA = UUID.randomUUID();
    static final UUID LPN = UUID.randomUUID();
    static final Appraisal.Weights DEFAULTS = new Appraisal.Weights(d("0.40"), d("0.15"), d("0.10"), d("0.10"),
            d("0.10"), d("0.05"), d("0.10"));
    static final Map<String, BigDecimal> REQUIRED = Map.of("2.A.1.a", d("3"), "2.B.1.f", d("4"));

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static Opening lpnOpening(String wage, String shift) {
        // the LPN rung, reached from the CNA rung by a step that asks for the "Practical Nursing Diploma"
        return new Opening(EMPLOYER, wage == null ? null : d(wage), shift, LPN, 2, "29-2061.00", Set.of(CNA),
                Set.of("Practical Nursing Diploma"));
    }

    static Profile profile(Set<UUID> employers, Set<UUID> rungs, String wage, Set<String> credentials,
            Set<String> barriers, String workShift, List<Profile.Meeting> meetings) {
        return new Profile(employers, rungs, Set.of(), wage == null ? null : d(wage), credentials, barriers,
                workShift, meetings);
    }

    static Appraisal.Factor factor(Appraisal a, String name) {
        return a.factors().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aCnaWorkerOfTheEmployerForItsLpnRungRanksOnEveryFactor() {
        Profile worker = profile(Set.of(EMPLOYER), Set.of(CNA), "16", Set.of("practical nursing diploma "),
                Set.of(), "day", List.of());
        Appraisal a = Appraisal.of(REQUIRED, Map.of("2.A.1.a", d("3.5"), "2.B.1.f", d("3")), lpnOpening("20", "day"),
                worker, DEFAULTS);

        // coverage: 1 of 2 met = 0.5
        assertThat(factor(a, "coverage").value()).isEqualByComparingTo("0.5");
        // level gaps: reading met (1), service 3 of 4 (0.75): mean 0.875
        assertThat(factor(a, "level-gaps").value()).isEqualByComparingTo("0.875");
        assertThat(factor(a, "level-gaps").reason()).isEqualTo("below the required level on 2.B.1.f by 1");
        // credentials: the one asked for is held (titles compared without case or outer spaces)
        assertThat(factor(a, "credentials").value()).isEqualByComparingTo("1");
        // rung fit: the LPN rung is the next one up from the CNA rung they hold
        assertThat(factor(a, "rung-fit").value()).isEqualByComparingTo("1");
        // wage gain: (20 - 16) / 16 = 25 %, a full gain
        assertThat(factor(a, "wage-gain").value()).isEqualByComparingTo("1");
        assertThat(factor(a, "wage-gain").reason()).isEqualTo("$20 an hour against $16 now (25 %)");
        assertThat(factor(a, "internal").value()).isEqualByComparingTo("1");
        assertThat(factor(a, "schedule").value()).isEqualByComparingTo("1");
        // rank: (0.4 x 0.5 + 0.15 x 0.875 + 0.1 + 0.1 + 0.1 + 0.05 + 0.1) / 1.0 = 0.2 + 0.13125 + 0.45 = 0.78125
        assertThat(a.rank()).isEqualByComparingTo("0.7813");
        assertThat(a.score()).isEqualByComparingTo("0.5");
    }

    @Test
    void aJobSeekerOnNoLadderWithChildcareAndAnEveningCohortForANightShift() {
        Profile seeker = profile(Set.of(), Set.of(), null, Set.of(), Set.of("childcare", "transportation"), "day",
                List.of(new Profile.Meeting("Phlebotomy", List.of("tuesday"), LocalTime.of(18, 0),
                        LocalTime.of(21, 0))));
        Opening entryNight = new Opening(EMPLOYER, d("18"), "night", CNA, 1, "31-1131.00", Set.of(), Set.of());
        Appraisal a = Appraisal.of(REQUIRED, Map.of("2.A.1.a", d("3"), "2.B.1.f", d("4")), entryNight, seeker,
                DEFAULTS);

        assertThat(factor(a, "coverage").value()).isEqualByComparingTo("1");
        assertThat(factor(a, "level-gaps").value()).isEqualByComparingTo("1");
        assertThat(factor(a, "credentials").value()).isEqualByComparingTo("1");
        // an entry rung for someone on no ladder
        assertThat(factor(a, "rung-fit").value()).isEqualByComparingTo("0.75");
        // no current wage: neutral
        assertThat(factor(a, "wage-gain").value()).isEqualByComparingTo("0.5");
        assertThat(factor(a, "internal").value()).isEqualByComparingTo("0");
        // night shift: works days (-0.25), childcare (-0.25), transportation (-0.25); the 18:00-21:00 cohort does not
        // fall in 23:00-07:00: 1 - 0.75 = 0.25
        assertThat(factor(a, "schedule").value()).isEqualByComparingTo("0.25");
        assertThat(factor(a, "schedule").reason())
                .isEqualTo("the night shift clashes with their day-shift availability, childcare, transportation");
        // rank: 0.4 + 0.15 + 0.1 + 0.1 x 0.75 + 0.1 x 0.5 + 0 + 0.1 x 0.25 = 0.8
        assertThat(a.rank()).isEqualByComparingTo("0.8");
    }

    @Test
    void anEveningCohortClashesWithAnEveningShiftAndNoGainIsZero() {
        Profile p = profile(Set.of(UUID.randomUUID()), Set.of(UUID.randomUUID()), "21", Set.of(), Set.of(),
                "flexible", List.of(new Profile.Meeting("CNA bridge", List.of("monday"), LocalTime.of(17, 30),
                        LocalTime.of(20, 0))));
        Appraisal a = Appraisal.of(REQUIRED, Map.of(), lpnOpening("20", "evening"), p, DEFAULTS);

        assertThat(factor(a, "coverage").value()).isEqualByComparingTo("0");
        assertThat(factor(a, "level-gaps").value()).isEqualByComparingTo("0");
        assertThat(factor(a, "credentials").value()).isEqualByComparingTo("0");
        // holds a rung from which no step leads here, of another occupation
        assertThat(factor(a, "rung-fit").value()).isEqualByComparingTo("0");
        // 20 against 21 now: a cut counts 0
        assertThat(factor(a, "wage-gain").value()).isEqualByComparingTo("0");
        assertThat(factor(a, "schedule").value()).isEqualByComparingTo("0.75");
        assertThat(factor(a, "schedule").reason()).isEqualTo("the evening shift clashes with CNA bridge meeting "
                + "17:30–20:00");
        // rank: 0.1 x 0.75 = 0.075
        assertThat(a.rank()).isEqualByComparingTo("0.075");
    }

    @Test
    void partialWageGainsSameRungElsewhereAndNoRungAtAll() {
        Profile p = new Profile(Set.of(UUID.randomUUID()), Set.of(LPN), Set.of("29-2061.00"), d("18"), Set.of(),
                Set.of(), null, List.of());
        Appraisal elsewhere = Appraisal.of(REQUIRED, Map.of(), lpnOpening("19.8", "flexible"), p, DEFAULTS);
        // (19.8 - 18) / 18 = 10 %, 10 / 25 = 0.4
        assertThat(factor(elsewhere, "wage-gain").value()).isEqualByComparingTo("0.4");
        assertThat(factor(elsewhere, "rung-fit").value()).isEqualByComparingTo("0.5");
        assertThat(factor(elsewhere, "schedule").reason()).isEqualTo("no fixed shift");

        Opening offLadder = new Opening(EMPLOYER, d("19.8"), "day", null, null, "29-2061.00", Set.of(), Set.of());
        assertThat(factor(Appraisal.of(REQUIRED, Map.of(), offLadder, p, DEFAULTS), "rung-fit").value())
                .isEqualByComparingTo("0");
    }

    @Test
    void weightsDecideAndZeroWeightsLeaveCoverageAlone() {
        Map<String, BigDecimal> skills = Map.of("2.A.1.a", d("3"));
        Appraisal skillsOnly = Appraisal.ofSkills(REQUIRED, skills);
        assertThat(skillsOnly.rank()).isEqualByComparingTo("0.5");

        // only the level gaps count: reading met (1), service 0 of 4 (0): 0.5; weights need not add up to 1
        Appraisal gapsOnly = Appraisal.of(REQUIRED, skills, lpnOpening("20", "day"), Profile.unknown(),
                new Appraisal.Weights(d("0"), d("3"), d("0"), d("0"), d("0"), d("0"), d("0")));
        assertThat(gapsOnly.rank()).isEqualByComparingTo("0.5");
        assertThat(gapsOnly.sameAs(d("0.5000"), d("0.50"))).isTrue();
        assertThat(gapsOnly.sameAs(d("0.5"), d("0.6"))).isFalse();
    }

    @Test
    void theEstimateIsTheAppraisalsCoverageAndRankOnRandomCases() {
        java.util.Random rng = new java.util.Random(20261203);
        List<String> elements = List.of("2.A.1.a", "2.A.1.b", "2.B.1.f", "2.C.1.e", "2.A.2.a", "2.B.3.a");
        List<String> shifts = java.util.Arrays.asList(null, "day", "evening", "night", "rotating", "flexible");
        for (int i = 0; i < 2_000; i++) {
            Map<String, BigDecimal> required = new java.util.HashMap<>();
            Map<String, BigDecimal> skills = new java.util.HashMap<>();
            for (String e : elements) {
                if (rng.nextInt(3) > 0) {
                    required.put(e, BigDecimal.valueOf(rng.nextInt(701), 2));
                }
                if (rng.nextInt(3) > 0) {
                    skills.put(e, BigDecimal.valueOf(rng.nextInt(701), 2));
                }
            }
            Opening opening = new Opening(rng.nextBoolean() ? EMPLOYER : UUID.randomUUID(),
                    rng.nextBoolean() ? BigDecimal.valueOf(1200 + rng.nextInt(2000), 2) : null,
                    shifts.get(rng.nextInt(shifts.size())), rng.nextBoolean() ? LPN : null, 1 + rng.nextInt(3),
                    "29-2061.00", rng.nextBoolean() ? Set.of(CNA) : Set.of(),
                    rng.nextBoolean() ? Set.of("Practical Nursing Diploma", "CPR ") : Set.of());
            Profile profile = new Profile(rng.nextBoolean() ? Set.of(EMPLOYER) : Set.of(),
                    rng.nextBoolean() ? Set.of(CNA) : Set.of(), rng.nextBoolean() ? Set.of("29-2061.00") : Set.of(),
                    rng.nextBoolean() ? BigDecimal.valueOf(1000 + rng.nextInt(2000), 2) : null,
                    rng.nextBoolean() ? Set.of("practical nursing diploma") : Set.of(),
                    rng.nextBoolean() ? Set.of("childcare", "transportation") : Set.of(),
                    shifts.get(rng.nextInt(shifts.size())), rng.nextBoolean()
                            ? List.of(new Profile.Meeting("CNA", List.of("MON"), LocalTime.of(18, 0),
                                    LocalTime.of(21, 0)))
                            : List.of());
            Appraisal.Weights weights = rng.nextBoolean()
                    ? DEFAULTS
                    : new Appraisal.Weights(
                            BigDecimal.valueOf(rng.nextInt(5)), BigDecimal.valueOf(rng.nextInt(5)),
                            BigDecimal.valueOf(rng.nextInt(5)), BigDecimal.valueOf(rng.nextInt(5)),
                            BigDecimal.valueOf(rng.nextInt(5)), BigDecimal.valueOf(rng.nextInt(5)), BigDecimal.ONE);

            Appraisal full = Appraisal.of(required, skills, opening, profile, weights);
            Appraisal.Estimate estimate = Appraisal.estimate(required, skills, opening, profile, weights);

            assertThat(estimate.score()).as("case %d", i).isEqualTo(full.score());
            assertThat(estimate.rank()).as("case %d", i).isEqualTo(full.rank());
        }
    }
}

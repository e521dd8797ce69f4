package org.rungs.matching.index.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.matching.index.domain.VacancyIndex;

class CandidateIndexTest {

    @Test
    void theFewestSkillsMetAreThoseWhoseRoundedShareReachesTheMinimum() {
        assertThat(CandidateIndex.minMet(8, new BigDecimal("0.5"))).isEqualTo(4);
        assertThat(CandidateIndex.minMet(3, new BigDecimal("0.5"))).isEqualTo(2);
        assertThat(CandidateIndex.minMet(3, new BigDecimal("0.6667"))).isEqualTo(2);
        assertThat(CandidateIndex.minMet(3, new BigDecimal("0.6668"))).isEqualTo(3);
        assertThat(CandidateIndex.minMet(5, BigDecimal.ONE)).isEqualTo(5);
        assertThat(CandidateIndex.minMet(5, BigDecimal.ZERO)).isZero();
        assertThat(CandidateIndex.minMet(0, new BigDecimal("0.5"))).isZero();
    }

    @Test
    void aGrownSkillChangesTheRankOnlyForVacanciesRequiringItAboveTheLevelHeldBefore() {
        CandidateIndex index = new CandidateIndex();
        UUID above = UUID.randomUUID();
        UUID below = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID mostlyUnmet = UUID.randomUUID();
        index.own(above, Map.of("2.A.1.a", new BigDecimal("3.5"), "2.B.1.f", new BigDecimal("2")));
        index.own(below, Map.of("2.A.1.a", new BigDecimal("3"), "2.B.1.f", new BigDecimal("2")));
        index.own(other, Map.of("2.C.1.e", new BigDecimal("1"), "2.B.1.f", new BigDecimal("2")));
        index.own(mostlyUnmet, Map.of("2.A.1.a", new BigDecimal("3.5"), "2.C.1.e", new BigDecimal("4"),
                "2.A.2.a", new BigDecimal("4"), "2.A.2.b", new BigDecimal("4")));
        Map<String, BigDecimal> skills = Map.of("2.A.1.a", new BigDecimal("4"), "2.B.1.f", new BigDecimal("2.5"));
        VacancyIndex.Probe probe = index.probe(skills);

        Map<UUID, VacancyIndex.Fit> grown = grown(index, probe, Map.of("2.A.1.a", new BigDecimal("3.2")),
                new BigDecimal("0.5"));
        assertThat(grown.keySet()).as("required above 3.2 and half met: only the first").containsExactly(above);
        assertThat(grown.get(above)).as("with the fit").isEqualTo(index.fit(above, probe))
                .isEqualTo(new VacancyIndex.Fit(2, 2, 1));
        Map<String, BigDecimal> heldNone = new HashMap<>();
        heldNone.put("2.B.1.f", null);
        assertThat(grown(index, probe, heldNone, new BigDecimal("0.5")).keySet()).as("a skill held for the first time")
                .containsExactlyInAnyOrder(above, below, other);
        assertThat(grown(index, probe, Map.of("2.A.1.a", new BigDecimal("3.2")), new BigDecimal("0.2")).keySet())
                .containsExactlyInAnyOrder(above, mostlyUnmet);
    }

    private static Map<UUID, VacancyIndex.Fit> grown(CandidateIndex index, VacancyIndex.Probe probe,
            Map<String, BigDecimal> grownFrom, BigDecimal minScore) {
        Map<UUID, VacancyIndex.Fit> found = new HashMap<>();
        index.grown(probe, grownFrom, minScore, (vacancy, fit) -> assertThat(found.put(vacancy, fit))
                .as("each vacancy once").isNull());
        return found;
    }

    @Test
    void aFitCountsTheSkillsMetAndTheShareOfEachLevelReached() {
        CandidateIndex index = new CandidateIndex();
        UUID vacancy = UUID.randomUUID();
        index.own(vacancy, Map.of("2.A.1.a", new BigDecimal("4"), "2.B.1.f", new BigDecimal("2"),
                "2.C.1.e", new BigDecimal("5"), "2.A.2.a", BigDecimal.ZERO));
        VacancyIndex.Probe probe = index.probe(Map.of("2.A.1.a", new BigDecimal("3"), "2.B.1.f",
                new BigDecimal("2.5")));

        VacancyIndex.Fit fit = index.fit(vacancy, probe);
        assertThat(fit.met()).as("2.B.1.f; 2.A.2.a, required at 0, is not held").isEqualTo(1);
        assertThat(fit.required()).isEqualTo(4);
        assertThat(fit.levels()).isCloseTo((0.75 + 1 + 0 + 1) / 4, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(index.fit(UUID.randomUUID(), probe)).as("not owned here").isNull();
    }

    @Test
    void theLevelHeldIsTheBest() {
        CandidateIndex index = new CandidateIndex();
        java.util.UUID participant = java.util.UUID.randomUUID();
        index.consenting(participant, java.util.Map.of("2.A.1.a", new BigDecimal("3")));

        assertThat(index.attained(participant, "2.A.1.a", new BigDecimal("2.5"))).isFalse();
        assertThat(index.levelOf(participant, "2.A.1.a")).isEqualByComparingTo("3");
        assertThat(index.attained(participant, "2.A.1.a", new BigDecimal("4.25"))).isTrue();
        assertThat(index.levelOf(participant, "2.A.1.a")).isEqualByComparingTo("4.25");
        assertThat(index.levelOf(participant, "2.B.1.f")).isNull();
    }
}

package org.rungs.matching.index.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

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
        java.util.UUID vacancy = java.util.UUID.randomUUID();
        index.own(vacancy, java.util.Map.of("2.A.1.a", new BigDecimal("3.5"), "2.B.1.f", new BigDecimal("2")));
        java.util.Map<String, BigDecimal> heldNone = new java.util.HashMap<>();
        heldNone.put("2.B.1.f", null);

        assertThat(index.requiresAbove(vacancy, java.util.Map.of("2.A.1.a", new BigDecimal("3")))).isTrue();
        assertThat(index.requiresAbove(vacancy, java.util.Map.of("2.A.1.a", new BigDecimal("3.5")))).isFalse();
        assertThat(index.requiresAbove(vacancy, java.util.Map.of("2.C.1.e", new BigDecimal("1")))).isFalse();
        assertThat(index.requiresAbove(vacancy, heldNone)).isTrue();
        assertThat(index.requiresAbove(java.util.UUID.randomUUID(), java.util.Map.of("2.C.1.e", BigDecimal.ONE)))
                .as("a vacancy another instance owns").isTrue();
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

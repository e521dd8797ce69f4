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
}

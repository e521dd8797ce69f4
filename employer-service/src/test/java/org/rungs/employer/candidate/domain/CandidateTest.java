package org.rungs.employer.candidate.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CandidateTest {

    static final Instant ENROLLED = Instant.parse("2026-11-02T14:05:00Z");

    @Test
    void skillsAreKeptAtTheirBestOnlyWhileTheParticipantShares() {
        Candidate c = Candidate.enrolled(UUID.randomUUID(), "eastside-works", true, ENROLLED);
        c.attain("2.A.1.a", new BigDecimal("3"));
        c.attain("2.A.1.a", new BigDecimal("2"));
        assertThat(c.skills()).containsEntry("2.A.1.a", new BigDecimal("3"));

        assertThat(c.consent(false, Map.of(), ENROLLED.plusSeconds(60))).isTrue();
        assertThat(c.skills()).isEmpty();
        c.attain("2.A.1.b", new BigDecimal("4"));
        assertThat(c.skills()).isEmpty();

        assertThat(c.consent(true, Map.of("2.A.1.a", new BigDecimal("3.5")), ENROLLED.plusSeconds(120))).isTrue();
        assertThat(c.skills()).containsOnly(Map.entry("2.A.1.a", new BigDecimal("3.5")));
    }

    @Test
    void anOlderOrRepeatedDecisionChangesNothing() {
        Candidate c = Candidate.enrolled(UUID.randomUUID(), "eastside-works", true, ENROLLED);
        assertThat(c.consent(false, Map.of(), ENROLLED.plusSeconds(60))).isTrue();
        assertThat(c.consent(true, Map.of(), ENROLLED.plusSeconds(30))).as("older").isFalse();
        assertThat(c.consent(false, Map.of(), ENROLLED.plusSeconds(90))).as("repeated").isFalse();
        assertThat(c.sharesWithEmployers()).isFalse();
    }
}

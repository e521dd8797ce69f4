package org.rungs.matching.participant.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.common.SkillLevel;

/** What matching keeps of a participant, without infrastructure. */
class ParticipantTest {

    static final Instant NOW = Instant.parse("2026-11-05T12:00:00Z");

    @Test
    void skillsAreKeptOnlyWithConsentAndOnlyTheBestLevelPerElement() {
        Participant p = Participant.enrolled(UUID.randomUUID(), "eastside-works", NOW);
        assertThat(p.attain("2.A.1.a", BigDecimal.valueOf(5), NOW)).as("no consent, no skills").isFalse();
        assertThat(p.skills()).isEmpty();

        p.grantConsent(List.of(new SkillLevel("2.A.1.a", BigDecimal.valueOf(3))), NOW);
        assertThat(p.consenting()).isTrue();
        assertThat(p.attain("2.A.1.a", new BigDecimal("2.5"), NOW)).isFalse();
        assertThat(p.attain("2.A.1.a", BigDecimal.valueOf(3), NOW)).isFalse();
        assertThat(p.attain("2.A.1.a", new BigDecimal("3.5"), NOW.plusSeconds(1))).isTrue();
        assertThat(p.skills()).isEqualTo(Map.of("2.A.1.a", new BigDecimal("3.5")));
        assertThat(p.updatedAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void withdrawingConsentForgetsEverySkillAndGrantingTakesTheSnapshotBack() {
        Participant p = Participant.enrolled(UUID.randomUUID(), "eastside-works", NOW);
        p.grantConsent(List.of(new SkillLevel("2.A.1.a", BigDecimal.valueOf(3))), NOW);
        p.withdrawConsent(NOW);
        assertThat(p.consenting()).isFalse();
        assertThat(p.skills()).isEmpty();
        p.grantConsent(List.of(new SkillLevel("2.B.1.f", BigDecimal.valueOf(4))), NOW);
        assertThat(p.skills()).isEqualTo(Map.of("2.B.1.f", BigDecimal.valueOf(4)));
    }
}

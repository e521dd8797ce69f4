package org.rungs.matching.match.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.common.SkillGap;
import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.matching.MatchProposed;
import org.rungs.contracts.matching.MatchWithdrawn;
import org.rungs.contracts.matching.MatchingEvents;
import org.rungs.contracts.matching.RankFactor;
import org.rungs.matching.vacancy.domain.Vacancy;

/** What a match records, without infrastructure. */
class MatchTest {

    static final Instant NOW = Instant.parse("2026-11-05T12:00:00Z");

    @Test
    void aProposalIsAnnouncedWithTheScoreTheExplanationTheEmployerAndTheAgency() {
        UUID employer = UUID.randomUUID();
        Vacancy vacancy = Vacancy.opened(UUID.randomUUID(), employer, "CNA", "31-1131.00",
                List.of(new SkillLevel("2.A.1.a", BigDecimal.valueOf(3)),
                        new SkillLevel("2.B.1.f", BigDecimal.valueOf(3))),
                NOW);
        UUID participant = UUID.randomUUID();
        Appraisal evaluation = Appraisal.ofSkills(vacancy.requiredSkills(), java.util.Map.of("2.A.1.a",
                BigDecimal.valueOf(4)));

        Match match = Match.propose(vacancy, participant, "westside-works", evaluation, NOW);

        assertThat(match.id()).isEqualTo(Match.idOf(vacancy.id(), participant));
        MatchProposed proposed = match.takeEvents().get(0).as(MatchingEvents.MATCH_PROPOSED).orElseThrow();
        assertThat(proposed).isEqualTo(new MatchProposed(match.id(), vacancy.id(), employer, participant,
                "westside-works", new BigDecimal("0.5"),
                List.of(new SkillGap("2.A.1.a", BigDecimal.valueOf(3), BigDecimal.valueOf(4))),
                List.of(new SkillGap("2.B.1.f", BigDecimal.valueOf(3), null)), NOW, new BigDecimal("0.5"),
                evaluation.factors().stream().map(f -> new RankFactor(f.name(), f.value(), f.weight(), f.reason()))
                        .toList()));
        assertThat(match.explanation()).contains(evaluation);
        assertThat(match.explains(evaluation)).isTrue();

        Appraisal higher = Appraisal.ofSkills(vacancy.requiredSkills(), java.util.Map.of("2.A.1.a",
                BigDecimal.valueOf(5)));
        assertThat(match.explains(higher)).as("same score and rank, another level met").isFalse();
        match.explain(higher);
        assertThat(match.pendingEvents()).as("a new explanation of the same score is not a proposal").isEmpty();
        assertThat(match.explanation().orElseThrow().evaluation().met().get(0).participantLevel())
                .isEqualByComparingTo("5");
        Match stored = Match.stored(vacancy.id(), employer, participant, "westside-works", new BigDecimal("0.5000"),
                new BigDecimal("0.50"), match.digest(), NOW);
        assertThat(stored.explains(higher)).as("as stored, whatever the scale").isTrue();
        assertThat(stored.explains(evaluation)).isFalse();

        Appraisal all = Appraisal.ofSkills(vacancy.requiredSkills(), java.util.Map.of("2.A.1.a", BigDecimal.valueOf(5),
                "2.B.1.f", BigDecimal.valueOf(3)));
        match.proposeAgain(all, NOW.plusSeconds(5));
        assertThat(match.takeEvents()).singleElement().satisfies(e -> assertThat(
                e.as(MatchingEvents.MATCH_PROPOSED).orElseThrow().score()).isEqualByComparingTo("1"));
        assertThat(match.proposedAt()).isEqualTo(NOW.plusSeconds(5));

        match.withdraw(Match.Withdrawal.CONSENT_WITHDRAWN, NOW.plusSeconds(9));
        assertThat(match.takeEvents()).singleElement().satisfies(e -> assertThat(
                e.as(MatchingEvents.MATCH_WITHDRAWN).orElseThrow()).isEqualTo(
                        new MatchWithdrawn(match.id(),
                                vacancy.id(), employer, participant, "consent-withdrawn", NOW.plusSeconds(9))));
    }
}

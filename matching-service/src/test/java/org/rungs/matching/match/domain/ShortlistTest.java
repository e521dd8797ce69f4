package org.rungs.matching.match.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rungs.matching.match.domain.Shortlist.Decision.KEEP;
import static org.rungs.matching.match.domain.Shortlist.Decision.PASS;
import static org.rungs.matching.match.domain.Shortlist.Decision.PROPOSE;
import static org.rungs.matching.match.domain.Shortlist.Decision.PROPOSE_AGAIN;
import static org.rungs.matching.match.domain.Shortlist.Decision.PROPOSE_REPLACING_LAST;
import static org.rungs.matching.match.domain.Shortlist.Decision.REEXPLAIN;
import static org.rungs.matching.match.domain.Shortlist.Decision.WITHDRAW;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.common.SkillLevel;
import org.rungs.matching.vacancy.domain.Vacancy;

/** What becomes of a participant's match when they are weighed again, without infrastructure. */
class ShortlistTest {

    static final Instant NOW = Instant.parse("2026-11-05T12:00:00Z");
    static final Shortlist SHORTLIST = new Shortlist(new BigDecimal("0.5"), 2);
    static final Map<String, BigDecimal> REQUIRED = Map.of("2.A.1.a", BigDecimal.valueOf(3), "2.B.1.f",
            BigDecimal.valueOf(3));

    record Scored(UUID participantId, BigDecimal score) implements Ranking.Ranked {

        @Override
        public BigDecimal rank() {
            return score;
        }
    }

    record Standing(long size, Optional<Scored> last) implements Shortlist.Standing {
    }

    static final Standing ROOM = new Standing(1, Optional.empty());

    static Appraisal evaluation(String reading, String service) {
        Map<String, BigDecimal> skills = new java.util.HashMap<>();
        if (reading != null) {
            skills.put("2.A.1.a", new BigDecimal(reading));
        }
        if (service != null) {
            skills.put("2.B.1.f", new BigDecimal(service));
        }
        return Appraisal.ofSkills(REQUIRED, skills);
    }

    static Match match(UUID participant, Appraisal evaluation) {
        Vacancy vacancy = Vacancy.opened(UUID.randomUUID(), UUID.randomUUID(), "CNA", "31-1131.00",
                List.of(new SkillLevel("2.A.1.a", BigDecimal.valueOf(3)),
                        new SkillLevel("2.B.1.f", BigDecimal.valueOf(3))),
                NOW);
        return Match.propose(vacancy, participant, "eastside-works", evaluation, NOW);
    }

    static Scored scored(UUID participant, Appraisal e) {
        return new Scored(participant, e.score());
    }

    @Test
    void theSameScoreKeepsTheMatchOrOnlyUpdatesItsExplanation() {
        UUID p = UUID.randomUUID();
        Match current = match(p, evaluation("3", "2"));
        assertThat(SHORTLIST.reconsider(scored(p, evaluation("3", "2")), evaluation("3", "2"), Optional.of(current),
                ROOM)).isEqualTo(KEEP);
        Appraisal higherButSameScore = evaluation("4", "2.5");
        assertThat(SHORTLIST.reconsider(scored(p, higherButSameScore), higherButSameScore, Optional.of(current),
                ROOM)).isEqualTo(REEXPLAIN);
    }

    @Test
    void aNewScoreBelowTheMinimumWithdrawsTheMatchOrPasses() {
        UUID p = UUID.randomUUID();
        Appraisal none = evaluation("1", "1");
        assertThat(SHORTLIST.reconsider(scored(p, none), none, Optional.of(match(p, evaluation("3", "2"))), ROOM))
                .isEqualTo(WITHDRAW);
        assertThat(SHORTLIST.reconsider(scored(p, none), none, Optional.empty(), ROOM)).isEqualTo(PASS);
    }

    @Test
    void aNewQualifyingScoreProposesAgainOrJoinsAShortlistWithRoom() {
        UUID p = UUID.randomUUID();
        Appraisal all = evaluation("3", "3");
        assertThat(SHORTLIST.reconsider(scored(p, all), all, Optional.of(match(p, evaluation("3", "2"))), ROOM))
                .isEqualTo(PROPOSE_AGAIN);
        assertThat(SHORTLIST.reconsider(scored(p, all), all, Optional.empty(), ROOM)).isEqualTo(PROPOSE);
    }

    @Test
    void aFullShortlistTakesOnlyACandidateWhoRanksBeforeItsLast() {
        UUID early = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID late = UUID.fromString("f0000000-0000-0000-0000-000000000000");
        Appraisal half = evaluation("3", null);
        Standing fullOfHalves = new Standing(2, Optional.of(new Scored(UUID.fromString(
                "80000000-0000-0000-0000-000000000000"), new BigDecimal("0.5"))));

        assertThat(SHORTLIST.reconsider(scored(early, half), half, Optional.empty(), fullOfHalves))
                .isEqualTo(PROPOSE_REPLACING_LAST);
        assertThat(SHORTLIST.reconsider(scored(late, half), half, Optional.empty(), fullOfHalves)).isEqualTo(PASS);
        Appraisal all = evaluation("5", "5");
        assertThat(SHORTLIST.reconsider(scored(late, all), all, Optional.empty(), fullOfHalves))
                .isEqualTo(PROPOSE_REPLACING_LAST);
        assertThat(SHORTLIST.reconsider(scored(late, all), all, Optional.empty(), new Standing(2, Optional.empty())))
                .isEqualTo(PASS);
    }

    @Test
    void aShortlistHasAMinimumFromZeroToOneAndRoomForOne() {
        assertThatThrownBy(() -> new Shortlist(new BigDecimal("1.1"), 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Shortlist(BigDecimal.ZERO, 0)).isInstanceOf(IllegalArgumentException.class);
        UUID a = UUID.randomUUID();
        assertThat(new Shortlist(BigDecimal.ZERO, 1).best(List.of(new Scored(a, BigDecimal.ZERO))))
                .extracting(Scored::participantId).containsExactly(a);
    }
}

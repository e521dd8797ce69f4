package org.rungs.matching.match.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.common.SkillGap;

/** The scoring and ranking rules on their own, without infrastructure. */
class MatchingRulesTest {

    record Scored(UUID participantId, BigDecimal score) implements Ranking.Ranked {

        @Override
        public BigDecimal rank() {
            return score;
        }
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void scoreIsTheShareOfRequiredSkillsMetAtOrAboveTheRequiredLevel() {
        Evaluation e = Evaluation.of(Map.of("2.A.1.a", d("3"), "2.B.1.f", d("3"), "2.A.2.a", d("4")),
                Map.of("2.A.1.a", d("3"), "2.B.1.f", d("2.9"), "2.C.1.a", d("7")));
        assertThat(e.score()).isEqualByComparingTo("0.3333");
        assertThat(e.met()).containsExactly(new SkillGap("2.A.1.a", d("3"), d("3")));
        assertThat(e.missing()).containsExactly(new SkillGap("2.A.2.a", d("4"), null),
                new SkillGap("2.B.1.f", d("3"), d("2.9")));
        assertThat(e.qualifies(d("0.5"))).isFalse();
        assertThat(e.qualifies(d("0.3"))).isTrue();
    }

    @Test
    void aVacancyRequiringNothingIsMetByEveryone() {
        Evaluation e = Evaluation.of(Map.of(), Map.of());
        assertThat(e.score()).isEqualTo(BigDecimal.ONE);
        assertThat(e.met()).isEmpty();
        assertThat(e.missing()).isEmpty();
        assertThat(Evaluation.of(Map.of("2.A.1.a", d("3")), Map.of("2.A.1.a", d("3.5"))).score().toPlainString())
                .isEqualTo("1");
        assertThat(Evaluation.of(Map.of("2.A.1.a", d("3"), "2.B.1.f", d("3")), Map.of("2.A.1.a", d("3.5")))
                .score().toPlainString()).isEqualTo("0.5");
    }

    @Test
    void rankingIsByScoreThenParticipantIdWithAMinimumAndACap() {
        UUID a = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        UUID b = UUID.fromString("90000000-0000-0000-0000-000000000000");
        UUID c = UUID.fromString("f0000000-0000-0000-0000-000000000000");
        UUID low = UUID.fromString("10000000-0000-0000-0000-000000000000");
        List<Scored> all = List.of(new Scored(c, d("1")), new Scored(low, d("0.4")), new Scored(b, d("0.5")),
                new Scored(a, d("0.5")));
        assertThat(Ranking.top(all, d("0.5"), 50)).extracting(Scored::participantId).containsExactly(c, a, b);
        assertThat(Ranking.top(all, d("0.5"), 2)).extracting(Scored::participantId).containsExactly(c, a);
        assertThat(Ranking.top(all, d("0"), 50)).extracting(Scored::participantId).containsExactly(c, a, b, low);
        assertThat(Ranking.ranksBefore(new Scored(b, d("0.5")), new Scored(c, d("0.5")))).isTrue();
        assertThat(Ranking.ranksBefore(new Scored(c, d("0.5")), new Scored(a, d("1")))).isFalse();
    }

    @Test
    void aMatchIdIsTheSameForTheSameVacancyAndParticipant() {
        UUID vacancy = UUID.randomUUID();
        UUID participant = UUID.randomUUID();
        assertThat(Match.idOf(vacancy, participant)).isEqualTo(Match.idOf(vacancy, participant))
                .isNotEqualTo(Match.idOf(participant, vacancy));
    }
}

package org.rungs.matching.ladder.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.employer.LadderPublished;
import org.rungs.testing.EventSamples;

/** What matching keeps of a career ladder: its highest version, and a retirement for good; without infrastructure. */
class LadderTest {

    static final LadderPublished SAMPLE = EventSamples.sampleData(EmployerEvents.LADDER_PUBLISHED);
    static final UUID ENTRY = SAMPLE.rungs().get(0).rungId();
    static final UUID CNA = SAMPLE.rungs().get(1).rungId();
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    /** The sample ladder as published in a version: version 1 has its entry rung alone and no transitions. */
    static LadderPublished version(int version) {
        boolean first = version == 1;
        return new LadderPublished(SAMPLE.ladderId(), version, first ? "Direct care" : SAMPLE.title(),
                SAMPLE.naicsCode(), SAMPLE.region(), SAMPLE.taxonomy(), SAMPLE.kind(),
                first ? SAMPLE.rungs().subList(0, 1) : SAMPLE.rungs(), first ? List.of() : SAMPLE.transitions(),
                SAMPLE.publishedAt().plusSeconds(version));
    }

    @Test
    void aPublicationKeepsTheRungsAndTransitionsWithWhatTheyRequire() {
        Ladder ladder = Ladder.published(SAMPLE, NOW);

        assertThat(ladder.version()).isEqualTo(2);
        assertThat(ladder.title()).isEqualTo("Direct care to nursing");
        assertThat(ladder.status()).isEqualTo(LadderStatus.PUBLISHED);
        assertThat(ladder.offered()).isTrue();
        assertThat(ladder.rungs()).extracting(Rung::rungId, Rung::tier, Rung::occupationCode)
                .containsExactly(tuple(ENTRY, 1, "31-1122.00"),
                        tuple(CNA, 2, "31-1131.00"));
        assertThat(ladder.rung(CNA).orElseThrow().wageFrom()).isEqualByComparingTo("17.5");
        assertThat(ladder.rung(CNA).orElseThrow().wageTo()).isEqualByComparingTo("21.75");
        assertThat(ladder.requiredSkills(CNA)).containsOnlyKeys("2.A.1.b", "2.B.1.e");
        assertThat(ladder.requiredSkills(CNA).get("2.A.1.b")).isEqualByComparingTo("3.25");
        Transition step = ladder.transitionsFrom(ENTRY).get(0);
        assertThat(step.toRungId()).isEqualTo(CNA);
        assertThat(step.kind()).isEqualTo("vertical");
        assertThat(step.monthsInRung()).isEqualTo(6);
        assertThat(step.credential()).isEqualTo("State CNA certification");
        assertThat(ladder.criteria(step.transitionId())).containsOnlyKeys("2.B.1.e");
        assertThat(ladder.transitionsFrom(CNA)).isEmpty();
    }

    @Test
    void onlyAHigherVersionReplacesTheOneKept() {
        Ladder ladder = Ladder.published(version(1), NOW);
        assertThat(ladder.rungs()).hasSize(1);

        assertThat(ladder.publish(version(2), NOW)).isTrue();
        assertThat(ladder.version()).isEqualTo(2);
        assertThat(ladder.rungs()).hasSize(2);
        assertThat(ladder.transitions()).hasSize(1);

        // an older version read late, and the same version again, change nothing
        assertThat(ladder.publish(version(1), NOW.plusSeconds(60))).isFalse();
        assertThat(ladder.publish(version(2), NOW.plusSeconds(60))).isFalse();
        assertThat(ladder.version()).isEqualTo(2);
        assertThat(ladder.title()).isEqualTo("Direct care to nursing");
        assertThat(ladder.rungs()).hasSize(2);
        assertThat(ladder.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void aRetirementIsForGoodEvenWhenReadBeforeThePublication() {
        Instant retiredAt = Instant.parse("2026-11-20T09:00:00Z");
        Ladder ladder = Ladder.retiredUnseen(SAMPLE.ladderId(), retiredAt, NOW);
        assertThat(ladder.version()).isZero();
        assertThat(ladder.status()).isEqualTo(LadderStatus.RETIRED);
        assertThat(ladder.offered()).isFalse();
        assertThat(ladder.rungs()).isEmpty();

        assertThat(ladder.publish(version(2), NOW)).isTrue();
        assertThat(ladder.publish(version(1), NOW)).isFalse();
        assertThat(ladder.version()).isEqualTo(2);
        assertThat(ladder.rungs()).hasSize(2);
        assertThat(ladder.status()).isEqualTo(LadderStatus.RETIRED);
        assertThat(ladder.offered()).isFalse();

        ladder.retire(retiredAt.plusSeconds(3_600), NOW); // read again later: the earlier time stays
        assertThat(ladder.retiredAt()).isEqualTo(retiredAt);

        Ladder published = Ladder.published(version(2), NOW);
        published.retire(retiredAt, NOW);
        assertThat(published.status()).isEqualTo(LadderStatus.RETIRED);
        assertThat(published.version()).isEqualTo(2);
        assertThat(published.rungs()).hasSize(2);
    }

    @Test
    void aLadderThatCannotBeKeptAsItCameIsRefused() {
        LadderPublished.Rung entry = SAMPLE.rungs().get(0);
        LadderPublished.Transition step = SAMPLE.transitions().get(0);
        assertThatThrownBy(() -> Ladder.published(with(List.of(entry, entry), List.of()), NOW))
                .isInstanceOf(LadderInconsistent.class).hasMessageContaining(ENTRY.toString());
        LadderPublished.Rung twice = new LadderPublished.Rung(entry.rungId(), 1, entry.occupationCode(),
                entry.localTitle(), entry.wageBand(), List.of(new SkillLevel("2.B.1.e", BigDecimal.ONE),
                        new SkillLevel("2.B.1.e", BigDecimal.TWO)),
                List.of(), List.of());
        assertThatThrownBy(() -> Ladder.published(with(List.of(twice), List.of()), NOW))
                .isInstanceOf(LadderInconsistent.class).hasMessageContaining("2.B.1.e");
        assertThatThrownBy(() -> Ladder.published(with(List.of(entry), List.of(step)), NOW))
                .isInstanceOf(LadderInconsistent.class).hasMessageContaining(step.transitionId().toString());

        // a version it would not take is not examined
        Ladder ladder = Ladder.published(SAMPLE, NOW);
        assertThat(ladder.publish(with(List.of(entry, entry), List.of()), NOW)).isFalse();
    }

    private static LadderPublished with(List<LadderPublished.Rung> rungs, List<LadderPublished.Transition> steps) {
        return new LadderPublished(SAMPLE.ladderId(), 1, SAMPLE.title(), SAMPLE.naicsCode(), SAMPLE.region(),
                SAMPLE.taxonomy(), SAMPLE.kind(), rungs, steps, SAMPLE.publishedAt());
    }
}

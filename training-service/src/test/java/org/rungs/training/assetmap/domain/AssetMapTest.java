package org.rungs.training.assetmap.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.employer.LadderPublished;

class AssetMapTest {

    static final UUID AIDE = UUID.randomUUID();
    static final UUID CNA = UUID.randomUUID();

    static SkillLevel skill(String element, String level) {
        return new SkillLevel(element, new BigDecimal(level));
    }

    static LadderPublished.Rung rung(UUID id, int tier, String title, List<SkillLevel> skills) {
        return new LadderPublished.Rung(id, tier, "31-1131.00", title,
                new LadderPublished.WageBand(new BigDecimal("15"), new BigDecimal("18")), skills, List.of(),
                List.of());
    }

    static LadderPublished ladder(List<UUID> listed) {
        return new LadderPublished(UUID.randomUUID(), 1, "Direct care", "621610", "Harbor region", "onet",
                "sector", List.of(rung(AIDE, 1, "Home health aide", List.of(skill("2.B.1.f", "2"))),
                        rung(CNA, 2, "Nursing assistant", List.of(skill("2.B.1.f", "3.5"), skill("2.C.5.a", "3")))),
                List.of(new LadderPublished.Transition(UUID.randomUUID(), AIDE, CNA, "vertical",
                        List.of(skill("2.A.1.a", "3")), 6, null, listed)),
                Instant.parse("2026-11-01T10:00:00Z"));
    }

    @Test
    void gapsAreWhatTheRungReachedRequiresAboveTheRungLeftAndProgramsCoverThoseTheyTeachAtLevel() {
        UUID bridge = UUID.randomUUID();
        UUID tooLow = UUID.randomUUID();
        UUID unrelated = UUID.randomUUID();

        List<AssetMap.Step> steps = AssetMap.of(ladder(List.of(unrelated)), List.of(
                new AssetMap.Offer(bridge, Map.of("2.B.1.f", new BigDecimal("4"), "2.C.5.a", new BigDecimal("3"))),
                new AssetMap.Offer(tooLow, Map.of("2.A.1.a", new BigDecimal("2"))),
                new AssetMap.Offer(unrelated, Map.of("2.B.3.a", new BigDecimal("5")))));

        AssetMap.Step step = steps.getFirst();
        assertThat(step.gaps()).containsExactly(new AssetMap.Gap("2.A.1.a", BigDecimal.ZERO, new BigDecimal("3")),
                new AssetMap.Gap("2.B.1.f", new BigDecimal("2"), new BigDecimal("3.5")),
                new AssetMap.Gap("2.C.5.a", BigDecimal.ZERO, new BigDecimal("3")));
        assertThat(step.bridges()).containsExactly(new AssetMap.Bridge(bridge, false, List.of("2.B.1.f", "2.C.5.a")),
                new AssetMap.Bridge(unrelated, true, List.of()));
        assertThat(step.uncovered()).containsExactly("2.A.1.a");
    }

    @Test
    void withoutProgramsEveryGapIsUncovered() {
        assertThat(AssetMap.of(ladder(List.of()), List.of()).getFirst().uncovered()).containsExactly("2.A.1.a",
                "2.B.1.f", "2.C.5.a");
    }
}

package org.rungs.matching.index.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * A vacancy's bar: the reverse query passes over a vacancy whose full shortlist a participant's fit, with everything
 * else they could bring, cannot enter; a change to the shortlist lowers the bar at once and raises it only when it
 * holds.
 */
class VacancyIndexTest {

    static final VacancyIndex.Scale SCALE = new VacancyIndex.Scale(0.40, 0.15);
    static final Map<String, BigDecimal> REQUIRED = Map.of("2.A.1.a", new BigDecimal("3"), "2.B.1.f",
            new BigDecimal("3"));

    final VacancyIndex index = new VacancyIndex();
    final UUID vacancy = UUID.randomUUID();

    /** A participant who meets one of the two skills, and half the other's level: 0.40 × 0.5 + 0.15 × 0.75. */
    Set<UUID> grownInto() {
        VacancyIndex.Probe probe = index.probe(Map.of("2.A.1.a", new BigDecimal("3"), "2.B.1.f",
                new BigDecimal("1.5")));
        Set<UUID> found = new HashSet<>();
        index.grown(probe, Map.of("2.A.1.a", new BigDecimal("2")), 0.5, SCALE, (id, fit) -> found.add(id));
        return found;
    }

    @Test
    void aVacancyWhoseBarTheFitAndTheHeadroomFallShortOfIsPassedOver() {
        index.put(vacancy, REQUIRED, 0.45);
        assertThat(grownInto()).as("no bar yet").containsExactly(vacancy);

        // 0.2 + 0.1125 + 0.45 = 0.7625
        index.settleBar(vacancy, 0.76, index.lowerBar(vacancy, 0.76));
        assertThat(grownInto()).as("the fit and the headroom reach the bar").containsExactly(vacancy);

        index.settleBar(vacancy, 0.77, index.lowerBar(vacancy, 0.77));
        assertThat(grownInto()).as("they fall short of it").isEmpty();

        Set<UUID> unscaled = new HashSet<>();
        index.grown(index.probe(Map.of("2.A.1.a", new BigDecimal("3"))), Map.of("2.A.1.a", new BigDecimal("2")), 0.5,
                null, (id, fit) -> unscaled.add(id));
        assertThat(unscaled).as("without a scale the bars are not looked at").containsExactly(vacancy);
    }

    @Test
    void aChangeLowersTheBarAtOnceAndRaisesItOnlyWhenItHolds() {
        index.put(vacancy, REQUIRED, 0.45);
        index.settleBar(vacancy, 0.77, index.lowerBar(vacancy, 0.77));

        long raising = index.lowerBar(vacancy, 0.9);
        assertThat(grownInto()).as("a change raising the bar, not committed yet").isEmpty();
        index.dropBar(vacancy, raising);
        assertThat(grownInto()).as("it rolled back: the bar is not known").containsExactly(vacancy);

        index.settleBar(vacancy, 0.77, index.lowerBar(vacancy, 0.77));
        long lowering = index.lowerBar(vacancy, 0.5);
        assertThat(grownInto()).as("a change lowering the bar, not committed yet").containsExactly(vacancy);
        long later = index.lowerBar(vacancy, 0.9);
        index.settleBar(vacancy, 0.5, lowering);
        assertThat(grownInto()).as("an earlier change settling after a later one lowered the bar")
                .containsExactly(vacancy);
        index.settleBar(vacancy, 0.9, later);
        assertThat(grownInto()).as("the later change committed").isEmpty();
    }

    @Test
    void aVacancyOpenedAgainOrNotHeldHasNoBar() {
        index.put(vacancy, REQUIRED, 0.45);
        long ticket = index.lowerBar(vacancy, 0.9);
        index.put(vacancy, REQUIRED, 0.45);
        index.settleBar(vacancy, 0.9, ticket);
        assertThat(grownInto()).as("a ticket of the vacancy as it was held before").containsExactly(vacancy);

        assertThat(index.lowerBar(UUID.randomUUID(), 0.9)).isZero();
    }
}

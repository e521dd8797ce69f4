package org.rungs.matching.pathway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.matching.pathway.domain.TrainingPlanner.Objective;
import org.rungs.matching.pathway.domain.TrainingPlanner.Start;

/** The training planner against exhaustive search on small random cases, and on cases worked by hand. */
class TrainingPlannerTest {

    static final LocalDate JAN = LocalDate.of(2027, 1, 4);
    static final Start NOTHING = new Start(Map.of(), Set.of());

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static TrainingOption option(String name, int startWeek, int weeks, String cost, Map<String, BigDecimal> teaches,
            String credential, Map<String, BigDecimal> entry, Set<UUID> prerequisites, UUID program) {
        return new TrainingOption(UUID.nameUUIDFromBytes(name.getBytes()), program, name, credential,
                JAN.plusWeeks(startWeek), JAN.plusWeeks(startWeek + weeks).minusDays(3), weeks, d(cost), teaches,
                entry, prerequisites, null, null, "online");
    }

    @Test
    void theCheapestCoverIsChosenAndThePrerequisiteComesFirst() {
        UUID basics = UUID.randomUUID();
        // gaps: reading 4, service 3, and the "LPN license"
        List<Gap> gaps = List.of(new Gap.Skill("2.A.1.a", d("4")), new Gap.Skill("2.B.1.f", d("3")),
                new Gap.Credential("LPN license"));
        TrainingOption foundations = option("foundations", 0, 4, "200", Map.of("2.A.1.a", d("4")), "Foundations",
                Map.of(), Set.of(), basics);
        TrainingOption service = option("service", 0, 3, "100", Map.of("2.B.1.f", d("3")), null, Map.of(), Set.of(),
                UUID.randomUUID());
        // the LPN program needs the foundations credential; one cohort starts before foundations ends, one after
        TrainingOption lpnEarly = option("lpn-early", 2, 10, "900", Map.of("2.A.1.a", d("5")), "LPN License",
                Map.of(), Set.of(basics), UUID.randomUUID());
        TrainingOption lpnLate = option("lpn-late", 5, 12, "950", Map.of("2.A.1.a", d("5")), "LPN License",
                Map.of(), Set.of(basics), UUID.randomUUID());
        TrainingOption bundle = option("bundle", 1, 20, "400", Map.of("2.A.1.a", d("4"), "2.B.1.f", d("3")), null,
                Map.of(), Set.of(), UUID.randomUUID());

        TrainingPlanner.Plan byWeeks = TrainingPlanner.plan(gaps, List.of(foundations, service, lpnEarly, lpnLate,
                bundle), NOTHING, Objective.WEEKS);
        // weeks: foundations 4 + service 3 + lpn-late 12 = 19 (lpn-late also teaches reading 5: service 3 + lpn 12
        // is not possible, as lpn needs foundations first); lpn-early cannot follow foundations (starts week 2)
        assertThat(byWeeks.cohorts()).extracting(TrainingOption::program)
                .containsExactly("foundations", "service", "lpn-late");
        assertThat(byWeeks.weeks()).isEqualTo(19);
        assertThat(byWeeks.cost()).isEqualByComparingTo("1250");
        assertThat(byWeeks.uncovered()).isEmpty();
        assertThat(byWeeks.exact()).isTrue();

        // someone who holds the foundations credential already: service 3 + lpn-early 10 = 13 weeks
        TrainingPlanner.Plan holder = TrainingPlanner.plan(gaps, List.of(foundations, service, lpnEarly, lpnLate,
                bundle), new Start(Map.of(), Set.of(basics)), Objective.WEEKS);
        assertThat(holder.cohorts()).extracting(TrainingOption::program).containsExactly("service", "lpn-early");
    }

    @Test
    void gapsNoCohortCanCloseAreNamed() {
        List<Gap> gaps = List.of(new Gap.Skill("2.A.1.a", d("4")), new Gap.Skill("2.C.4.a", d("6")),
                new Gap.Credential("RN license"));
        // the RN program needs a credential nobody can earn here
        TrainingOption rn = option("rn", 0, 30, "5000", Map.of(), "RN License", Map.of(), Set.of(UUID.randomUUID()),
                UUID.randomUUID());
        TrainingOption reading = option("reading", 1, 2, "0", Map.of("2.A.1.a", d("4.5")), null, Map.of(), Set.of(),
                UUID.randomUUID());
        TrainingPlanner.Plan plan = TrainingPlanner.plan(gaps, List.of(rn, reading), NOTHING, Objective.COST);
        assertThat(plan.cohorts()).extracting(TrainingOption::program).containsExactly("reading");
        assertThat(plan.uncovered()).containsExactlyInAnyOrder(new Gap.Skill("2.C.4.a", d("6")),
                new Gap.Credential("rn license"));
    }

    @Test
    void onSmallRandomCasesTheExactPlanCostsWhatExhaustiveSearchFinds() {
        Random random = new Random(2026);
        String[] elements = {"2.A.1.a", "2.A.1.b", "2.B.1.f", "2.C.4.a", "2.B.3.e"};
        for (int round = 0; round < 400; round++) {
            List<Gap> gaps = new ArrayList<>();
            for (String e : elements) {
                if (random.nextInt(3) > 0) {
                    gaps.add(new Gap.Skill(e, BigDecimal.valueOf(2 + random.nextInt(4))));
                }
            }
            if (random.nextBoolean()) {
                gaps.add(new Gap.Credential("Credential " + random.nextInt(2)));
            }
            int n = 1 + random.nextInt(8);
            List<UUID> programs = new ArrayList<>();
            List<TrainingOption> options = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                UUID program = UUID.randomUUID();
                Map<String, BigDecimal> teaches = new HashMap<>();
                for (String e : elements) {
                    if (random.nextInt(3) == 0) {
                        teaches.put(e, BigDecimal.valueOf(1 + random.nextInt(6)));
                    }
                }
                Map<String, BigDecimal> entry = new HashMap<>();
                if (random.nextInt(4) == 0) {
                    entry.put(elements[random.nextInt(elements.length)], BigDecimal.valueOf(1 + random.nextInt(3)));
                }
                Set<UUID> prerequisites = new HashSet<>();
                if (!programs.isEmpty() && random.nextInt(3) == 0) {
                    prerequisites.add(programs.get(random.nextInt(programs.size())));
                }
                String credential = random.nextInt(3) == 0 ? "credential " + random.nextInt(2) : null;
                options.add(option("p" + round + "-" + i, random.nextInt(20), 1 + random.nextInt(12),
                        String.valueOf(random.nextInt(5) * 250), teaches, credential, entry, prerequisites, program));
                programs.add(program);
            }
            Start start = new Start(random.nextBoolean() ? Map.of("2.A.1.a", d("2")) : Map.of(), Set.of());
            for (Objective objective : Objective.values()) {
                TrainingPlanner.Plan plan = TrainingPlanner.plan(gaps, options, start, objective);
                Exhaustive best = exhaustive(gaps, options, start, objective);
                assertThat(TrainingPlanner.feasible(plan.cohorts(), start)).as("round %d", round).isTrue();
                assertThat(plan.uncovered()).as("round %d uncovered", round)
                        .containsExactlyInAnyOrderElementsOf(best.uncovered);
                assertThat(TrainingPlanner.cost(plan.cohorts(), objective)).as("round %d %s", round, objective)
                        .isEqualByComparingTo(best.cost);
            }
        }
    }

    @Test
    void beyondTheExactLimitTheGreedyPlanIsFeasibleAndCoversWhatItCan() {
        List<Gap> gaps = new ArrayList<>();
        List<TrainingOption> options = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String element = "2.A." + (i % 12) + ".a";
            gaps.add(new Gap.Skill(element, d("3")));
            options.add(option("g" + i, i % 5, 2 + i % 3, String.valueOf(100 + i), Map.of(element, d("4")), null,
                    Map.of(), Set.of(), UUID.randomUUID()));
        }
        TrainingPlanner.Plan plan = TrainingPlanner.plan(gaps.stream().distinct().toList(), options, NOTHING,
                Objective.COST);
        assertThat(plan.exact()).isFalse();
        assertThat(plan.uncovered()).isEmpty();
        assertThat(TrainingPlanner.feasible(plan.cohorts(), NOTHING)).isTrue();
        // twelve elements, two cohorts each: greedy takes the cheaper of each pair, here also the optimum
        assertThat(plan.cohorts()).hasSize(12);
        assertThat(plan.cost()).isEqualByComparingTo(String.valueOf(12 * 100 + (0 + 11) * 12 / 2));
    }

    record Exhaustive(BigDecimal cost, Set<Gap> uncovered) {
    }

    /** Every subset: the feasible ones covering the most gaps, and of those the cheapest. */
    static Exhaustive exhaustive(List<Gap> gaps, List<TrainingOption> options, Start start, Objective objective) {
        int bestCovered = -1;
        BigDecimal bestCost = null;
        Set<Gap> bestUncovered = null;
        for (int mask = 0; mask < 1 << options.size(); mask++) {
            List<TrainingOption> subset = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    subset.add(options.get(i));
                }
            }
            if (!TrainingPlanner.feasible(subset, start)) {
                continue;
            }
            Set<Gap> uncovered = new HashSet<>();
            gaps.stream().filter(g -> subset.stream().noneMatch(o -> o.closes(g))).forEach(uncovered::add);
            int covered = gaps.size() - uncovered.size();
            BigDecimal cost = TrainingPlanner.cost(subset, objective);
            if (covered > bestCovered || covered == bestCovered && cost.compareTo(bestCost) < 0) {
                bestCovered = covered;
                bestCost = cost;
                bestUncovered = uncovered;
            }
        }
        return new Exhaustive(bestCost, bestUncovered);
    }
}

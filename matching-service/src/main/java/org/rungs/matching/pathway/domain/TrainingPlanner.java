package org.rungs.matching.pathway.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The training plan that closes a route's gaps: the set of cohorts that covers every gap that can be covered at all,
 * with the least total weeks (or cost), whose entrance requirements are met in order. A weighted set cover with
 * precedence:
 * <ul>
 * <li><b>Feasible</b>: taken in start-date order, each cohort's entry skills and prerequisite programs are met by what
 * the participant had plus the cohorts of the plan that end before it starts.</li>
 * <li>Only cohorts feasible with every other cohort taken can be in any feasible plan (taking more never takes anything
 * away), so gaps no such cohort closes are named as uncovered and the rest is the target.</li>
 * <li><b>Exact</b> up to {@value #EXACT_UP_TO} candidate cohorts: depth-first over cohorts by cost, pruned by the best
 * plan found and by what the remaining cohorts can still cover.</li>
 * <li><b>Beyond</b>, greedy: repeatedly the feasible cohort closing the most target gaps per week (or dollar). Without
 * precedence greedy set cover is within H(n) = 1 + 1/2 + ... + 1/n of the optimum (n the largest number of gaps one
 * cohort closes); with precedence it is a heuristic that may leave gaps uncovered that an exact search would
 * cover.</li>
 * </ul>
 * Ties go to fewer cohorts, then the earlier finish, then cohort ids, so the same input gives the same plan.
 */
public final class TrainingPlanner {

    /** What the plan keeps least. */
    public enum Objective {
        WEEKS, COST
    }

    public static final int EXACT_UP_TO = 16;

    /** What the participant holds before any training: skill levels, and the programs whose credential they hold. */
    public record Start(Map<String, BigDecimal> skills, Set<UUID> programsCompleted) {

        public Start {
            skills = Map.copyOf(skills);
            programsCompleted = Set.copyOf(programsCompleted);
        }
    }

    /** A plan: its cohorts in start order, totals, the gaps no feasible cohort closes, and how it was found. */
    public record Plan(List<TrainingOption> cohorts, int weeks, BigDecimal cost, Set<Gap> uncovered, boolean exact) {

        public Plan {
            cohorts = List.copyOf(cohorts);
            uncovered = Set.copyOf(uncovered);
        }
    }

    private TrainingPlanner() {
    }

    public static Plan plan(Collection<Gap> gaps, Collection<TrainingOption> options, Start start,
            Objective objective) {
        List<TrainingOption> takeable = takeable(options, start);
        Set<Gap> target = new TreeSet<>();
        Set<Gap> uncovered = new TreeSet<>();
        for (Gap gap : gaps) {
            (takeable.stream().anyMatch(o -> o.closes(gap)) ? target : uncovered).add(gap);
        }
        List<TrainingOption> useful = relevant(takeable, target);
        List<TrainingOption> chosen = useful.size() <= EXACT_UP_TO
                ? exact(useful, target, start, objective)
                : greedy(useful, target, start, objective);
        Set<Gap> missed = new TreeSet<>(uncovered);
        target.stream().filter(g -> chosen.stream().noneMatch(o -> o.closes(g))).forEach(missed::add);
        List<TrainingOption> ordered = inOrder(chosen);
        return new Plan(ordered, ordered.stream().mapToInt(TrainingOption::weeks).sum(),
                ordered.stream().map(TrainingOption::cost).reduce(BigDecimal.ZERO, BigDecimal::add), missed,
                useful.size() <= EXACT_UP_TO);
    }

    /** Whether the cohorts, taken in start order, each find their entrance requirements met. */
    public static boolean feasible(Collection<TrainingOption> cohorts, Start start) {
        List<TrainingOption> ordered = inOrder(cohorts);
        for (TrainingOption o : ordered) {
            Map<String, BigDecimal> skills = new HashMap<>(start.skills());
            Set<UUID> programs = new HashSet<>(start.programsCompleted());
            for (TrainingOption before : ordered) {
                if (before.endDate().isBefore(o.startDate())) {
                    before.teaches().forEach((e, l) -> skills.merge(e, l, BigDecimal::max));
                    programs.add(before.programId());
                }
            }
            if (!programs.containsAll(o.prerequisites())) {
                return false;
            }
            for (Map.Entry<String, BigDecimal> entry : o.entrySkills().entrySet()) {
                BigDecimal held = skills.get(entry.getKey());
                if (held == null || held.compareTo(entry.getValue()) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The cost of a plan by the objective. */
    public static BigDecimal cost(Collection<TrainingOption> cohorts, Objective objective) {
        return cohorts.stream().map(o -> objective == Objective.WEEKS ? BigDecimal.valueOf(o.weeks()) : o.cost())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The cohorts feasible when every other feasible cohort is taken: the only ones any feasible plan can hold. */
    static List<TrainingOption> takeable(Collection<TrainingOption> options, Start start) {
        List<TrainingOption> taken = new ArrayList<>();
        for (TrainingOption o : inOrder(options)) {
            List<TrainingOption> with = new ArrayList<>(taken);
            with.add(o);
            if (feasible(with, start)) {
                taken.add(o);
            }
        }
        return taken;
    }

    /** The cohorts that close a target gap, and those that could enable them (prerequisites, entry skills). */
    static List<TrainingOption> relevant(List<TrainingOption> options, Set<Gap> target) {
        Set<TrainingOption> keep = new HashSet<>();
        options.stream().filter(o -> target.stream().anyMatch(o::closes)).forEach(keep::add);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (TrainingOption o : options) {
                if (!keep.contains(o) && keep.stream().anyMatch(k -> k.prerequisites().contains(o.programId())
                        || k.entrySkills().keySet().stream().anyMatch(o.teaches()::containsKey))) {
                    keep.add(o);
                    grew = true;
                }
            }
        }
        return options.stream().filter(keep::contains).toList();
    }

    private static List<TrainingOption> exact(List<TrainingOption> options, Set<Gap> target, Start start,
            Objective objective) {
        List<TrainingOption> byCost = options.stream().sorted(Comparator
                .comparing((TrainingOption o) -> cost(List.of(o), objective)).thenComparing(TrainingOption::cohortId))
                .toList();
        // what the cohorts from i on can close, to prune branches that can no longer cover the target
        List<Set<Gap>> closableFrom = new ArrayList<>();
        for (int i = 0; i <= byCost.size(); i++) {
            closableFrom.add(new HashSet<>());
        }
        for (int i = byCost.size() - 1; i >= 0; i--) {
            closableFrom.get(i).addAll(closableFrom.get(i + 1));
            for (Gap g : target) {
                if (byCost.get(i).closes(g)) {
                    closableFrom.get(i).add(g);
                }
            }
        }
        Search search = new Search(byCost, target, start, objective, closableFrom);
        search.dfs(0, new ArrayList<>(), BigDecimal.ZERO);
        return search.best == null ? List.of() : search.best;
    }

    private static final class Search {

        final List<TrainingOption> options;
        final Set<Gap> target;
        final Start start;
        final Objective objective;
        final List<Set<Gap>> closableFrom;
        List<TrainingOption> best;
        BigDecimal bestCost;

        Search(List<TrainingOption> options, Set<Gap> target, Start start, Objective objective,
                List<Set<Gap>> closableFrom) {
            this.options = options;
            this.target = target;
            this.start = start;
            this.objective = objective;
            this.closableFrom = closableFrom;
        }

        void dfs(int i, List<TrainingOption> chosen, BigDecimal cost) {
            if (best != null && cost.compareTo(bestCost) > 0) {
                return;
            }
            Set<Gap> open = new HashSet<>(target);
            chosen.forEach(o -> open.removeIf(o::closes));
            if (open.isEmpty()) {
                if (feasible(chosen, start) && better(chosen, cost)) {
                    best = List.copyOf(chosen);
                    bestCost = cost;
                }
                if (!feasible(chosen, start)) {
                    // an enabler may still make it feasible
                    extend(i, chosen, cost);
                }
                return;
            }
            if (i == options.size() || !closableFrom.get(i).containsAll(open)) {
                return;
            }
            extend(i, chosen, cost);
        }

        void extend(int i, List<TrainingOption> chosen, BigDecimal cost) {
            if (i == options.size()) {
                return;
            }
            TrainingOption o = options.get(i);
            chosen.add(o);
            dfs(i + 1, chosen, cost.add(TrainingPlanner.cost(List.of(o), objective)));
            chosen.remove(chosen.size() - 1);
            dfs(i + 1, chosen, cost);
        }

        boolean better(List<TrainingOption> plan, BigDecimal cost) {
            if (best == null) {
                return true;
            }
            int byCost = cost.compareTo(bestCost);
            if (byCost != 0) {
                return byCost < 0;
            }
            return PLAN_ORDER.compare(plan, best) < 0;
        }
    }

    /** Among plans of equal cost: fewer cohorts, the earlier finish, then cohort ids. */
    static final Comparator<List<TrainingOption>> PLAN_ORDER = Comparator
            .comparingInt((List<TrainingOption> p) -> p.size())
            .thenComparing(p -> p.stream().map(TrainingOption::endDate).max(Comparator.naturalOrder())
                    .orElse(LocalDate.MIN))
            .thenComparing(p -> inOrder(p).stream().map(o -> o.cohortId().toString()).toList().toString());

    private static List<TrainingOption> greedy(List<TrainingOption> options, Set<Gap> target, Start start,
            Objective objective) {
        List<TrainingOption> chosen = new ArrayList<>();
        Set<Gap> open = new HashSet<>(target);
        while (!open.isEmpty()) {
            TrainingOption pick = null;
            double pickRatio = -1;
            for (TrainingOption o : options) {
                if (chosen.contains(o)) {
                    continue;
                }
                long closes = open.stream().filter(o::closes).count();
                if (closes == 0) {
                    continue;
                }
                List<TrainingOption> with = new ArrayList<>(chosen);
                with.add(o);
                if (!feasible(with, start)) {
                    continue;
                }
                double price = cost(List.of(o), objective).doubleValue();
                double ratio = price <= 0 ? Double.MAX_VALUE : closes / price;
                if (ratio > pickRatio || ratio == pickRatio && (o.startDate().isBefore(pick.startDate())
                        || o.startDate().equals(pick.startDate()) && o.cohortId().compareTo(pick.cohortId()) < 0)) {
                    pick = o;
                    pickRatio = ratio;
                }
            }
            if (pick == null) {
                break;
            }
            chosen.add(pick);
            open.removeIf(pick::closes);
        }
        return chosen;
    }

    static List<TrainingOption> inOrder(Collection<TrainingOption> cohorts) {
        return cohorts.stream().sorted(Comparator.comparing(TrainingOption::startDate)
                .thenComparing(o -> o.cohortId().toString())).toList();
    }
}

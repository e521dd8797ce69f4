package org.rungs.matching.pathway.domain;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A route up a ladder: the rungs from where the participant stands to the target, each step with what it requires that
 * the participant lacks. The fewest steps win (breadth-first over the ladder's transitions); among routes of one
 * length, the one through the lower rung ids, so the same ladder gives the same route.
 */
public record Route(UUID from, List<Step> steps) {

    /** A rung of a ladder as routes read it: tier, required skills and credentials. */
    public record RungNeeds(UUID rungId, int tier, String title, Map<String, BigDecimal> skills,
            List<String> credentials) {
    }

    /** A step of a ladder: from one rung to another, with its promotion criteria and credential (if any). */
    public record Link(UUID from, UUID to, Map<String, BigDecimal> criteria, String credential) {
    }

    /** One step of the route: into a rung, with the skills and credentials it needs that the participant lacks. */
    public record Step(UUID from, UUID to, String title, List<Gap> missing) {
    }

    /** Why no route: the target is not a rung of the ladder, or no steps lead to it from where they stand. */
    public enum NoRoute {
        NOT_A_RUNG, UNREACHABLE
    }

    /**
     * @param held
     *            the rungs of this ladder the participant holds now; none: they enter at an entry rung (tier 1)
     * @return the route, or why there is none
     */
    public static Result plan(Collection<RungNeeds> rungs, Collection<Link> links, Set<UUID> held, UUID target,
            Map<String, BigDecimal> skills, Set<String> credentials) {
        Map<UUID, RungNeeds> byId = new HashMap<>();
        rungs.forEach(r -> byId.put(r.rungId(), r));
        if (!byId.containsKey(target)) {
            return new Result(Optional.empty(), Optional.of(NoRoute.NOT_A_RUNG));
        }
        if (held.contains(target)) {
            return new Result(Optional.of(new Route(target, List.of())), Optional.empty());
        }
        List<UUID> starts = held.stream().filter(byId::containsKey).sorted().toList();
        Map<UUID, UUID> cameFrom = new LinkedHashMap<>();
        Deque<UUID> queue = new ArrayDeque<>();
        if (starts.isEmpty()) {
            // entering the ladder: the entry rungs are the first step
            byId.values().stream().filter(r -> r.tier() == 1).map(RungNeeds::rungId).sorted().forEach(entry -> {
                cameFrom.put(entry, null);
                queue.add(entry);
            });
        } else {
            starts.forEach(s -> {
                cameFrom.put(s, s);
                queue.add(s);
            });
        }
        Map<UUID, List<Link>> out = new TreeMap<>();
        links.stream().sorted(Comparator.comparing(Link::to)).forEach(l -> out.computeIfAbsent(l.from(),
                k -> new ArrayList<>()).add(l));
        while (!queue.isEmpty() && !cameFrom.containsKey(target)) {
            UUID at = queue.poll();
            for (Link link : out.getOrDefault(at, List.of())) {
                if (!cameFrom.containsKey(link.to()) && byId.containsKey(link.to())) {
                    cameFrom.put(link.to(), at);
                    queue.add(link.to());
                }
            }
        }
        if (!cameFrom.containsKey(target)) {
            return new Result(Optional.empty(), Optional.of(NoRoute.UNREACHABLE));
        }
        List<UUID> path = new ArrayList<>();
        for (UUID at = target; at != null; at = cameFrom.get(at)) {
            path.add(0, at);
            if (at.equals(cameFrom.get(at))) {
                break;
            }
        }
        UUID origin = starts.isEmpty() ? null : path.get(0);
        List<Step> steps = new ArrayList<>();
        for (int i = starts.isEmpty() ? 0 : 1; i < path.size(); i++) {
            UUID prev = i == 0 ? null : path.get(i - 1);
            UUID to = path.get(i);
            Optional<Link> link = links.stream().filter(l -> l.to().equals(to) && l.from().equals(prev)).findFirst();
            RungNeeds rung = byId.get(to);
            Map<String, BigDecimal> needed = new TreeMap<>(rung.skills());
            link.ifPresent(l -> l.criteria().forEach((e, lv) -> needed.merge(e, lv, BigDecimal::max)));
            List<Gap> missing = new ArrayList<>();
            needed.forEach((e, lv) -> {
                BigDecimal have = skills.get(e);
                if (have == null || have.compareTo(lv) < 0) {
                    missing.add(new Gap.Skill(e, lv));
                }
            });
            List<String> wanted = new ArrayList<>(rung.credentials());
            link.map(Link::credential).filter(c -> c != null && !c.isBlank()).ifPresent(wanted::add);
            wanted.stream().map(Gap.Credential::new).distinct()
                    .filter(c -> credentials.stream().map(Gap.Credential::new).noneMatch(c::equals))
                    .forEach(missing::add);
            steps.add(new Step(prev, to, rung.title(), missing));
        }
        return new Result(Optional.of(new Route(origin, steps)), Optional.empty());
    }

    /** A route, or why there is none. */
    public record Result(Optional<Route> route, Optional<NoRoute> none) {
    }

    /** Every gap of the route, once (a skill at the highest level any step needs). */
    public List<Gap> gaps() {
        Map<String, Gap> all = new TreeMap<>();
        for (Step step : steps) {
            for (Gap gap : step.missing()) {
                all.merge(gap.key(), gap, (a, b) -> a instanceof Gap.Skill sa && b instanceof Gap.Skill sb
                        ? (sa.level().compareTo(sb.level()) >= 0 ? sa : sb)
                        : a);
            }
        }
        return List.copyOf(all.values());
    }
}

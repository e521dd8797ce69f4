package org.rungs.training.assetmap.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.employer.LadderPublished;

/**
 * The training asset map of a ladder (seed 001, Appendix A): for each transition, the skill gaps between the rung left
 * and the rung reached, the programs that bridge them, and the gaps no program covers.
 *
 * <p>
 * A gap is an element the target rung (or the transition) requires at a level above what the rung left requires. A
 * program bridges a transition when the ladder lists it for the transition or when it teaches at least one gap at the
 * level required; it covers the gaps it teaches at that level. A gap is uncovered when no program covers it.
 */
public final class AssetMap {

    private AssetMap() {
    }

    /** A program as the map weighs it: the skills it teaches and the level reached. */
    public record Offer(UUID programId, Map<String, BigDecimal> teaches) {
    }

    /** A skill gap of a transition: the element, the level the rung left requires (0 when none) and the level due. */
    public record Gap(String elementId, BigDecimal fromLevel, BigDecimal toLevel) {
    }

    /** A program that bridges a transition, and the gaps it covers. */
    public record Bridge(UUID programId, boolean listedByLadder, List<String> covers) {
    }

    /** One transition of the map. */
    public record Step(LadderPublished.Transition transition, LadderPublished.Rung from, LadderPublished.Rung to,
            List<Gap> gaps, List<Bridge> bridges, List<String> uncovered) {
    }

    public static List<Step> of(LadderPublished ladder, List<Offer> offers) {
        Map<UUID, LadderPublished.Rung> rungs = ladder.rungs().stream()
                .collect(Collectors.toMap(LadderPublished.Rung::rungId, r -> r));
        List<Step> steps = new ArrayList<>();
        for (LadderPublished.Transition t : ladder.transitions()) {
            LadderPublished.Rung from = rungs.get(t.fromRungId());
            LadderPublished.Rung to = rungs.get(t.toRungId());
            if (from == null || to == null) {
                continue;
            }
            List<Gap> gaps = gaps(from, to, t);
            Set<UUID> listed = Set.copyOf(t.bridgingPrograms());
            List<Bridge> bridges = new ArrayList<>();
            for (Offer offer : offers) {
                List<String> covers = gaps.stream().filter(g -> teachesAt(offer, g)).map(Gap::elementId).toList();
                if (!covers.isEmpty() || listed.contains(offer.programId())) {
                    bridges.add(new Bridge(offer.programId(), listed.contains(offer.programId()), covers));
                }
            }
            bridges.sort(Comparator.comparing((Bridge b) -> -b.covers().size()).thenComparing(b -> !b.listedByLadder())
                    .thenComparing(b -> b.programId().toString()));
            List<String> uncovered = gaps.stream().map(Gap::elementId)
                    .filter(e -> bridges.stream().noneMatch(b -> b.covers().contains(e))).toList();
            steps.add(new Step(t, from, to, gaps, bridges, uncovered));
        }
        steps.sort(Comparator.comparing((Step s) -> s.from().tier()).thenComparing(s -> s.to().tier())
                .thenComparing(s -> s.to().localTitle()));
        return steps;
    }

    private static boolean teachesAt(Offer offer, Gap gap) {
        BigDecimal level = offer.teaches().get(gap.elementId());
        return level != null && level.compareTo(gap.toLevel()) >= 0;
    }

    private static List<Gap> gaps(LadderPublished.Rung from, LadderPublished.Rung to,
            LadderPublished.Transition transition) {
        Map<String, BigDecimal> due = new LinkedHashMap<>();
        for (SkillLevel s : to.requiredSkills()) {
            due.merge(s.elementId(), s.level(), BigDecimal::max);
        }
        for (SkillLevel s : transition.requiredSkills()) {
            due.merge(s.elementId(), s.level(), BigDecimal::max);
        }
        Map<String, BigDecimal> held = from.requiredSkills().stream()
                .collect(Collectors.toMap(SkillLevel::elementId, SkillLevel::level, BigDecimal::max));
        List<Gap> gaps = new ArrayList<>();
        due.forEach((element, level) -> {
            BigDecimal fromLevel = held.getOrDefault(element, BigDecimal.ZERO);
            if (fromLevel.compareTo(level) < 0) {
                gaps.add(new Gap(element, fromLevel, level));
            }
        });
        gaps.sort(Comparator.comparing(Gap::elementId));
        return gaps;
    }
}

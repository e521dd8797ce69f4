package org.rungs.matching.pathway.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rungs.matching.pathway.domain.Gap;
import org.rungs.matching.pathway.domain.Pathway;
import org.rungs.spine.reference.Onet;

/** A pathway: the route's steps with their gaps, and the training plan. */
public record PathwayResponse(UUID participantId, UUID ladderId, UUID targetRungId, UUID fromRungId,
        List<Step> steps, Plan plan, Instant computedAt) {

    /** A step into a rung and what it needs that the participant lacks. */
    public record Step(UUID toRungId, String rung, List<Need> missing) {
    }

    /** A skill at a level (with its O*NET name), or a credential. */
    public record Need(String elementId, String name, BigDecimal level, String credential) {

        static Need of(Gap gap) {
            return switch (gap) {
                case Gap.Skill s -> new Need(s.elementId(), Onet.get().element(s.elementId())
                        .map(Onet.Element::name).orElse(null), s.level(), null);
                case Gap.Credential c -> new Need(null, null, null, c.name());
            };
        }
    }

    /** The training plan: cohorts in start order, totals, what no cohort can close, how it was found. */
    public record Plan(String optimizedFor, boolean exact, List<Cohort> cohorts, int totalWeeks,
            BigDecimal totalCost, List<Need> uncovered) {
    }

    /** A cohort of the plan, and the gaps it closes. */
    public record Cohort(UUID cohortId, UUID programId, String program, String credential, LocalDate startDate,
            LocalDate endDate, int weeks, BigDecimal cost, List<Need> closes) {
    }

    static PathwayResponse of(Pathway p) {
        List<Gap> gaps = p.route().gaps();
        var plan = p.plan();
        return new PathwayResponse(p.participantId(), p.ladderId(), p.targetRungId(), p.route().from(),
                p.route().steps().stream().map(s -> new Step(s.to(), s.title(),
                        s.missing().stream().map(Need::of).toList())).toList(),
                new Plan(p.objective().name().toLowerCase(java.util.Locale.ROOT), plan.exact(),
                        plan.cohorts().stream().map(c -> new Cohort(c.cohortId(), c.programId(), c.program(),
                                c.credential(), c.startDate(), c.endDate(), c.weeks(), c.cost(),
                                gaps.stream().filter(c::closes).map(Need::of).toList())).toList(),
                        plan.weeks(), plan.cost(), plan.uncovered().stream().sorted().map(Need::of).toList()),
                p.computedAt());
    }
}

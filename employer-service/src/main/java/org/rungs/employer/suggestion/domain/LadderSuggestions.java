package org.rungs.employer.suggestion.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.rungs.employer.suggestion.domain.OccupationalData.Mapping;
import org.rungs.employer.suggestion.domain.OccupationalData.Related;
import org.rungs.employer.suggestion.domain.OccupationalData.SkillRating;
import org.rungs.employer.suggestion.domain.OccupationalData.UnitGroup;
import org.rungs.employer.suggestion.domain.OccupationalData.WageBand;
import org.rungs.employer.suggestion.domain.Suggestion.RequiredLevel;
import org.rungs.employer.suggestion.domain.Suggestion.SkillGap;
import org.rungs.employer.suggestion.domain.Suggestion.WageRange;
import org.rungs.spine.reference.Onet;

/**
 * Suggests the next rungs of a career ladder from an occupation, with real occupational data
 * ({@link OccupationalData}).
 *
 * <h2>Candidates</h2>
 * <ul>
 * <li><b>O*NET-SOC code</b> ({@code 31-1122.00}): the occupations O*NET 30.0 lists as related to it (Related
 * Occupations, 20 in three tiers) whose Job Zone is the same as its own or one higher.</li>
 * <li><b>NOC 2021 unit group</b> ({@code 44101}): unit groups of the same broad category whose TEER is one step up
 * (TEER − 1: 5 → 4 → 3 → 2 → 1 → 0; none from TEER 0). Those reachable through the crosswalk come with the link: the
 * O*NET occupations that map to the source unit group, their related occupations of the same or the next Job Zone, and
 * the unit groups those map to. Every other unit group of that broad category and TEER is suggested too, as a TEER step
 * only. Wages and skills of a unit group are those of its best-weighted O*NET occupation
 * ({@link OccupationalData#bestOnet}); the wages are U.S. national OEWS figures, a proxy.</li>
 * </ul>
 *
 * <h2>Measures</h2>
 * <ul>
 * <li><b>Median wage gain</b>: the target's OEWS May 2024 hourly median − the source's, in dollars (and as a percentage
 * of the source's); unknown when either median is (not covered, top-coded {@code #}, annual only).</li>
 * <li><b>Skill distance</b>: over the target's important O*NET skills (importance ≥ 3), the sum of
 * {@code max(0, target level − source level)}, a skill the source has no rating for counting as level 0; 2 decimals.
 * Unknown when O*NET rates the skills of neither or only one of the two.</li>
 * <li><b>Score</b>: median wage gain ÷ (1 + skill distance), to 4 decimals: dollars an hour gained per unit of
 * learning, roughly.</li>
 * </ul>
 *
 * <h2>Ranking (deterministic)</h2>
 * <ol>
 * <li>Suggestions backed by a relation in the data (an O*NET related occupation; for NOC, one reached through the
 * O*NET→NOC crosswalk) before those that are only a TEER step in the same broad category; within each group:</li>
 * <li>Suggestions with a known, positive median wage gain and a known skill distance, by score, highest first;</li>
 * <li>then all others (gain unknown, zero or negative, or distance unknown), by skill distance, smallest first (unknown
 * last);</li>
 * <li>ties broken by O*NET's related-occupation index (closest first; a TEER step only comes last), then by code.</li>
 * </ol>
 */
public final class LadderSuggestions {

    /** How suggestions are ordered; see the class comment. */
    public static final Comparator<Suggestion> RANKING = Comparator
            .comparing((Suggestion s) -> s.relatednessIndex() == null ? 1 : 0)
            .thenComparing((Suggestion s) -> s.raisesMedianWage() ? 0 : 1)
            .thenComparing(s -> s.raisesMedianWage() ? s.score().negate() : s.skillDistance(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Suggestion::relatednessIndex, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Suggestion::code);

    private static final String OEWS = "BLS OEWS May 2024";
    private static final int LARGEST_GAPS = 3;

    private final OccupationalData data;

    public LadderSuggestions(OccupationalData data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    /** The occupation a suggestion starts from, by its O*NET-SOC or NOC 2021 code. */
    public Origin origin(String occupation) {
        Taxonomy taxonomy = Taxonomy.of(occupation).orElseThrow(() -> new UnknownOccupation(occupation));
        if (taxonomy == Taxonomy.ONET_SOC) {
            Onet.Occupation o = data.occupation(occupation).orElseThrow(() -> new UnknownOccupation(occupation));
            return new Origin(o.code(), o.title(), taxonomy, o.jobZone(), null, null,
                    data.wages(o.code()).orElse(null));
        }
        UnitGroup group = data.unitGroup(occupation).orElseThrow(() -> new UnknownOccupation(occupation));
        String proxy = data.bestOnet(group.code()).orElse(null);
        return new Origin(group.code(), group.title(), taxonomy, data.jobZone(proxy).orElse(null), group.teer(), proxy,
                data.wages(proxy).orElse(null));
    }

    /**
     * Up to {@code limit} occupations one rung up from {@code occupation} (an O*NET-SOC code or a NOC 2021 unit group),
     * best first.
     *
     * @throws UnknownOccupation
     *             when neither taxonomy has the code
     */
    public List<Suggestion> from(String occupation, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        Origin origin = origin(occupation);
        List<Suggestion> candidates = origin.taxonomy() == Taxonomy.ONET_SOC ? fromOnet(origin) : fromNoc(origin);
        return candidates.stream().sorted(RANKING).limit(limit).toList();
    }

    private List<Suggestion> fromOnet(Origin origin) {
        if (origin.jobZone() == null) {
            return List.of();
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (Related r : data.related(origin.code())) {
            Optional<Onet.Occupation> target = data.occupation(r.relatedCode());
            Integer zone = target.map(Onet.Occupation::jobZone).orElse(null);
            if (zone == null || zone < origin.jobZone() || zone > origin.jobZone() + 1) {
                continue;
            }
            String title = target.get().title();
            Comparison c = compare(origin.code(), r.relatedCode());
            List<String> reasons = new ArrayList<>();
            reasons.add("O*NET lists " + title + " as a related occupation of " + origin.title() + " (" + r.tier()
                    + ", #" + r.index() + ")");
            reasons.add("Job Zone " + origin.jobZone() + " → " + zone);
            reasons.add(wageReason(origin.code(), r.relatedCode(), c, ""));
            aggregateReason(origin.code()).ifPresent(reasons::add);
            aggregateReason(r.relatedCode()).ifPresent(reasons::add);
            reasons.add(skillReason(c, ""));
            suggestions.add(suggestion(r.relatedCode(), title, Taxonomy.ONET_SOC, zone, null, r.tier(), r.index(),
                    null, c, reasons));
        }
        return suggestions;
    }

    /** How a NOC unit group is reached through the crosswalk and O*NET related occupations. */
    private record Link(Mapping source, Related related, Mapping target) {

        static final Comparator<Link> BEST = Comparator.comparingInt((Link l) -> l.related().index())
                .thenComparing(l -> l.source().weight(), Comparator.reverseOrder())
                .thenComparing(l -> l.target().weight(), Comparator.reverseOrder())
                .thenComparing(l -> l.source().onetCode())
                .thenComparing(l -> l.related().relatedCode());
    }

    private List<Suggestion> fromNoc(Origin origin) {
        UnitGroup source = data.unitGroup(origin.code()).orElseThrow();
        if (source.teer() == 0) {
            return List.of();
        }
        int teer = source.teer() - 1;
        Map<String, Link> links = new HashMap<>();
        for (Mapping m : data.onetFor(source.code())) {
            Integer zone = data.jobZone(m.onetCode()).orElse(null);
            if (zone == null) {
                continue;
            }
            for (Related r : data.related(m.onetCode())) {
                Integer relatedZone = data.jobZone(r.relatedCode()).orElse(null);
                if (relatedZone == null || relatedZone < zone || relatedZone > zone + 1) {
                    continue;
                }
                for (Mapping t : data.nocFor(r.relatedCode())) {
                    if (data.unitGroup(t.nocCode()).filter(g -> oneStepUp(source, g)).isPresent()) {
                        links.merge(t.nocCode(), new Link(m, r, t),
                                (a, b) -> Link.BEST.compare(a, b) <= 0 ? a : b);
                    }
                }
            }
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (UnitGroup target : data.unitGroups()) {
            if (!oneStepUp(source, target)) {
                continue;
            }
            Link link = links.get(target.code());
            String proxy = data.bestOnet(target.code()).orElse(null);
            Comparison c = compare(origin.onetProxy(), proxy);
            List<String> reasons = new ArrayList<>();
            if (link != null) {
                reasons.add("Through the O*NET→NOC crosswalk: NOC " + source.code() + " includes O*NET "
                        + onetTitle(link.source().onetCode()) + ", to which O*NET relates "
                        + onetTitle(link.related().relatedCode()) + " (" + link.related().tier() + ", #"
                        + link.related().index() + "), which maps to NOC " + target.code());
            } else {
                reasons.add("Same broad category (" + source.broadCategoryCode() + " " + source.broadCategoryTitle()
                        + "), one TEER step up: a TEER step only, no O*NET related occupation links the two");
            }
            reasons.add("TEER " + source.teer() + " → " + target.teer());
            String proxies = "U.S. national figures used as a proxy, through O*NET "
                    + (origin.onetProxy() == null ? "—" : onetTitle(origin.onetProxy())) + " → "
                    + (proxy == null ? "—" : onetTitle(proxy));
            if (proxy == null) {
                reasons.add("No O*NET occupation maps to NOC " + target.code()
                        + ", so it has no wages or skill ratings here");
            } else {
                reasons.add(wageReason(origin.onetProxy(), proxy, c, proxies));
                reasons.add(skillReason(c, " (O*NET ratings of " + (origin.onetProxy() == null
                        ? "—"
                        : onetTitle(origin.onetProxy())) + " → " + onetTitle(proxy) + ")"));
            }
            suggestions.add(suggestion(target.code(), target.title(), Taxonomy.NOC_2021,
                    data.jobZone(proxy).orElse(null), target.teer(), link == null ? null : link.related().tier(),
                    link == null ? null : link.related().index(), proxy, c, reasons));
        }
        return suggestions;
    }

    private static boolean oneStepUp(UnitGroup from, UnitGroup to) {
        return to.teer() == from.teer() - 1 && to.broadCategoryCode().equals(from.broadCategoryCode());
    }

    /** The wage and skill measures between two O*NET occupations (either may be null: unknown). */
    private record Comparison(WageBand from, WageBand to, BigDecimal gain, BigDecimal percent, BigDecimal distance,
            int important, List<SkillGap> gaps, BigDecimal score, String targetOnet) {
    }

    private Comparison compare(String sourceOnet, String targetOnet) {
        WageBand from = data.wages(sourceOnet).orElse(null);
        WageBand to = data.wages(targetOnet).orElse(null);
        BigDecimal gain = null;
        BigDecimal percent = null;
        if (from != null && to != null && from.median() != null && to.median() != null) {
            gain = to.median().subtract(from.median()).setScale(2, RoundingMode.HALF_UP);
            if (from.median().signum() > 0) {
                percent = gain.multiply(BigDecimal.valueOf(100)).divide(from.median(), 1, RoundingMode.HALF_UP);
            }
        }
        List<SkillRating> sourceSkills = data.skills(sourceOnet);
        List<SkillRating> important = data.importantSkills(targetOnet);
        BigDecimal distance = null;
        List<SkillGap> gaps = new ArrayList<>();
        if (!sourceSkills.isEmpty() && !data.skills(targetOnet).isEmpty()) {
            Map<String, BigDecimal> sourceLevels = sourceSkills.stream().filter(s -> s.level() != null)
                    .collect(Collectors.toMap(SkillRating::elementId, SkillRating::level));
            distance = BigDecimal.ZERO;
            for (SkillRating s : important) {
                BigDecimal fromLevel = sourceLevels.getOrDefault(s.elementId(), BigDecimal.ZERO);
                BigDecimal toLevel = s.level() == null ? BigDecimal.ZERO : s.level();
                BigDecimal gap = toLevel.subtract(fromLevel);
                if (gap.signum() > 0) {
                    distance = distance.add(gap);
                    gaps.add(new SkillGap(s.elementId(), data.elementName(s.elementId()).orElse(s.elementId()),
                            fromLevel, toLevel, gap));
                }
            }
            distance = distance.setScale(2, RoundingMode.HALF_UP);
            gaps.sort(Comparator.comparing(SkillGap::gap).reversed().thenComparing(SkillGap::elementId));
        }
        BigDecimal score = gain == null || distance == null
                ? null
                : gain.divide(BigDecimal.ONE.add(distance), 4, RoundingMode.HALF_UP);
        return new Comparison(from, to, gain, percent, distance, important.size(), gaps, score, targetOnet);
    }

    private Suggestion suggestion(String code, String title, Taxonomy taxonomy, Integer jobZone, Integer teer,
            String tier, Integer index, String proxy, Comparison c, List<String> reasons) {
        WageRange band = c.to() == null || c.to().p25() == null && c.to().p75() == null
                ? null
                : new WageRange(c.to().p25(), c.to().p75());
        List<RequiredLevel> required = data.importantSkills(c.targetOnet()).stream()
                .map(s -> new RequiredLevel(s.elementId(), data.elementName(s.elementId()).orElse(s.elementId()),
                        s.level()))
                .toList();
        return new Suggestion(code, title, taxonomy, jobZone, teer, tier, index, proxy, c.to(), c.gain(),
                c.percent(), c.distance(), c.gaps(), c.score(), band, required, reasons);
    }

    /** The median wage reason; {@code proxy}, if not empty, says whose wages stand in for NOC unit groups. */
    private String wageReason(String sourceOnet, String targetOnet, Comparison c, String proxy) {
        if (c.gain() != null) {
            return "Median wage " + dollars(c.from().median()) + " → " + dollars(c.to().median()) + "/hour ("
                    + signed(c.gain(), "$") + (c.percent() == null ? "" : ", " + signedPercent(c.percent())) + ") ("
                    + OEWS + (proxy.isEmpty() ? "" : "; " + proxy) + ")";
        }
        String missing = missingMedian(sourceOnet, c.from());
        if (missing == null) {
            missing = missingMedian(targetOnet, c.to());
        }
        return "Median wage gain unknown: " + missing + (proxy.isEmpty() ? "" : " (" + proxy + ")");
    }

    /** Why an occupation's median is unknown, or null if it is known. */
    private String missingMedian(String onetCode, WageBand band) {
        if (band != null && band.median() != null) {
            return null;
        }
        String title = onetCode == null ? "the occupation" : onetTitle(onetCode);
        if (band == null) {
            return OEWS + " does not cover " + title;
        }
        if (data.medianTopCoded(onetCode)) {
            return OEWS + " top-codes the median of " + title + " (at least $115.00/hour)";
        }
        return OEWS + " publishes no hourly median for " + title;
    }

    /** When OEWS publishes an occupation only within an aggregate, which one its wages are. */
    private Optional<String> aggregateReason(String onetCode) {
        return data.wages(onetCode).filter(w -> !onetCode.startsWith(w.oewsCode()))
                .map(w -> "Wages of " + onetTitle(onetCode) + " are those OEWS publishes for " + w.oewsCode() + " "
                        + data.oewsTitle(w.oewsCode()).orElse(""));
    }

    private static String skillReason(Comparison c, String source) {
        if (c.distance() == null) {
            return "Skill distance unknown: O*NET has no skill ratings for one or both of the two" + source;
        }
        String text = "Skill distance " + c.distance().toPlainString() + " over " + c.important()
                + " important skills" + source;
        if (c.gaps().isEmpty()) {
            return text + "; no gaps";
        }
        return text + "; largest gaps: " + c.gaps().stream().limit(LARGEST_GAPS)
                .map(g -> g.name() + " +" + g.gap().toPlainString()).collect(Collectors.joining(", "));
    }

    private String onetTitle(String onetCode) {
        return data.occupation(onetCode).map(Onet.Occupation::title).orElse(onetCode);
    }

    private static String dollars(BigDecimal amount) {
        return "$" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String signed(BigDecimal amount, String unit) {
        return (amount.signum() < 0 ? "-" : "+") + unit
                + amount.abs().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String signedPercent(BigDecimal percent) {
        return (percent.signum() < 0 ? "-" : "+") + percent.abs().toPlainString() + "%";
    }
}

package org.rungs.employer.suggestion.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.rungs.spine.reference.Onet;

/**
 * Occupational reference data for career ladders, loaded once from {@code reference/*.tsv} on the classpath (written by
 * {@code deploy/tools/extract_ladder_reference.py}; sources and licences in {@code reference/ATTRIBUTION.md}):
 * <ul>
 * <li>O*NET 30.0 related occupations and Skills ratings (importance 1–5, level 0–7), by USDOL/ETA under CC BY 4.0;
 * titles and Job Zones come from the spine's {@link Onet} subset;</li>
 * <li>BLS OEWS May 2024 national hourly wages (25th percentile, median, 75th percentile) joined to O*NET-SOC
 * codes;</li>
 * <li>Statistics Canada NOC 2021 V1.0 unit groups with TEER and broad category;</li>
 * <li>the BC Government O*NET → NOC 2021 crosswalk v3.0.0 with its {@code path_weight}: the share of an O*NET
 * occupation that goes to a NOC unit group (it sums to 1 over each O*NET code).</li>
 * </ul>
 * Lookups never fail for an unknown code: they answer empty.
 */
public final class OccupationalData {

    /** An O*NET Skills element is important to an occupation from this importance (on O*NET's 1–5 scale). */
    public static final BigDecimal IMPORTANT = BigDecimal.valueOf(3);
    /** The OEWS marker for a wage that is at least $115.00 an hour (top-coded). */
    public static final String TOP_CODED = "#";

    private static final OccupationalData INSTANCE = new OccupationalData();

    private final Onet onet = Onet.get();
    private final Map<String, List<Related>> related = new HashMap<>();
    private final Map<String, List<SkillRating>> skills = new HashMap<>();
    private final Map<String, WageBand> wages = new HashMap<>();
    private final Map<String, String> oewsTitles = new HashMap<>();
    private final Set<String> topCodedMedians = new HashSet<>();
    private final Map<String, UnitGroup> unitGroups = new LinkedHashMap<>();
    private final Map<String, List<Mapping>> nocByOnet = new HashMap<>();
    private final Map<String, List<Mapping>> onetByNoc = new HashMap<>();

    /**
     * OEWS hourly wages of an occupation, in dollars: the 25th percentile, the median and the 75th percentile. Each is
     * null when BLS did not publish it (top-coded {@code #}, not available {@code *}, or annual-only occupations).
     *
     * @param oewsCode
     *            the OEWS occupation the O*NET code joins to: its SOC code, else an aggregate such as a broad code
     */
    public record WageBand(String oewsCode, BigDecimal p25, BigDecimal median, BigDecimal p75) {
    }

    /** An O*NET Skills element's importance (1–5) and level (0–7) in an occupation. */
    public record SkillRating(String elementId, BigDecimal importance, BigDecimal level) {
    }

    /** O*NET lists {@code relatedCode} as related to {@code code}, in a tier, at an index (1 is the closest). */
    public record Related(String code, String relatedCode, String tier, int index) {
    }

    /** A NOC 2021 unit group (5 digits) with its TEER (0–5) and broad category (1 digit). */
    public record UnitGroup(String code, String title, int teer, String broadCategoryCode,
            String broadCategoryTitle) {
    }

    /** The crosswalk's share ({@code path_weight}, 0–1) of an O*NET occupation that goes to a NOC unit group. */
    public record Mapping(String onetCode, String nocCode, BigDecimal weight) {
    }

    private OccupationalData() {
        read("reference/related_occupations.tsv", f -> related.computeIfAbsent(f[0], c -> new ArrayList<>())
                .add(new Related(f[0], f[1], f[2], Integer.parseInt(f[3]))));
        related.values().forEach(l -> l.sort(Comparator.comparingInt(Related::index)));
        read("reference/occupation_skills.tsv", f -> skills.computeIfAbsent(f[0], c -> new ArrayList<>())
                .add(new SkillRating(f[1], number(f[2]), number(f[3]))));
        skills.values().forEach(l -> l.sort(Comparator.comparing(SkillRating::elementId)));
        read("reference/wages.tsv", f -> {
            wages.put(f[0], new WageBand(f[1], number(f[3]), number(f[4]), number(f[5])));
            oewsTitles.put(f[1], f[2]);
            if (TOP_CODED.equals(f[4])) {
                topCodedMedians.add(f[0]);
            }
        });
        read("reference/noc_unit_groups.tsv", f -> unitGroups.put(f[0],
                new UnitGroup(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4])));
        read("reference/onet_noc_crosswalk.tsv", f -> {
            Mapping m = new Mapping(f[0], f[1], new BigDecimal(f[2]));
            nocByOnet.computeIfAbsent(m.onetCode(), c -> new ArrayList<>()).add(m);
            onetByNoc.computeIfAbsent(m.nocCode(), c -> new ArrayList<>()).add(m);
        });
        nocByOnet.values().forEach(l -> l.sort(Comparator.comparing(Mapping::weight).reversed()
                .thenComparing(Mapping::nocCode)));
        onetByNoc.values().forEach(l -> l.sort(Comparator.comparing(Mapping::weight).reversed()
                .thenComparing(Mapping::onetCode)));
    }

    public static OccupationalData get() {
        return INSTANCE;
    }

    /** The O*NET occupation (title, Job Zone) of a code, from the spine's O*NET subset. */
    public Optional<Onet.Occupation> occupation(String onetCode) {
        return onet.occupation(onetCode);
    }

    /** The title of an O*NET-SOC occupation or of a NOC 2021 unit group, by its code. */
    public Optional<String> title(String occupationCode) {
        return occupation(occupationCode).map(Onet.Occupation::title)
                .or(() -> unitGroup(occupationCode).map(UnitGroup::title));
    }

    /** The O*NET Job Zone (1–5) of an occupation, if O*NET gives one. */
    public Optional<Integer> jobZone(String onetCode) {
        return occupation(onetCode).map(Onet.Occupation::jobZone);
    }

    /** The name of an O*NET element, e.g. {@code Active Listening} for {@code 2.A.1.b}. */
    public Optional<String> elementName(String elementId) {
        return onet.element(elementId).map(Onet.Element::name);
    }

    /** OEWS May 2024 national hourly wages of an O*NET occupation; empty when OEWS does not cover it. */
    public Optional<WageBand> wages(String onetCode) {
        return Optional.ofNullable(onetCode).map(wages::get);
    }

    /** Whether OEWS top-codes the occupation's median ({@code #}: at least $115.00 an hour). */
    public boolean medianTopCoded(String onetCode) {
        return onetCode != null && topCodedMedians.contains(onetCode);
    }

    /**
     * The title OEWS gives an occupation code it publishes, e.g. {@code 31-1120} Home Health and Personal Care Aides.
     */
    public Optional<String> oewsTitle(String oewsCode) {
        return Optional.ofNullable(oewsCode).map(oewsTitles::get);
    }

    /** The O*NET Skills ratings of an occupation, by element id; empty when O*NET has none. */
    public List<SkillRating> skills(String onetCode) {
        return onetCode == null ? List.of() : Collections.unmodifiableList(skills.getOrDefault(onetCode, List.of()));
    }

    /**
     * The Skills elements important to an occupation (importance at least {@link #IMPORTANT}), most important first,
     * then by element id.
     */
    public List<SkillRating> importantSkills(String onetCode) {
        return skills(onetCode).stream()
                .filter(s -> s.importance() != null && s.importance().compareTo(IMPORTANT) >= 0)
                .sorted(Comparator.comparing(SkillRating::importance).reversed()
                        .thenComparing(SkillRating::elementId))
                .toList();
    }

    /** The occupations O*NET relates to this one, closest (index 1) first. */
    public List<Related> related(String onetCode) {
        return onetCode == null ? List.of() : Collections.unmodifiableList(related.getOrDefault(onetCode, List.of()));
    }

    /** A NOC 2021 unit group by its 5-digit code. */
    public Optional<UnitGroup> unitGroup(String nocCode) {
        return Optional.ofNullable(nocCode).map(unitGroups::get);
    }

    /** All NOC 2021 unit groups, by code. */
    public Collection<UnitGroup> unitGroups() {
        return Collections.unmodifiableCollection(unitGroups.values());
    }

    /** The NOC unit groups an O*NET occupation maps to, largest share first, then by NOC code. */
    public List<Mapping> nocFor(String onetCode) {
        return onetCode == null ? List.of() : Collections.unmodifiableList(nocByOnet.getOrDefault(onetCode, List.of()));
    }

    /** The O*NET occupations that map to a NOC unit group, largest share first, then by O*NET code. */
    public List<Mapping> onetFor(String nocCode) {
        return nocCode == null ? List.of() : Collections.unmodifiableList(onetByNoc.getOrDefault(nocCode, List.of()));
    }

    /**
     * The O*NET occupation that stands for a NOC unit group when wages and skills are needed: its best-weighted mapping
     * (the largest {@code path_weight}, then the lowest O*NET code).
     */
    public Optional<String> bestOnet(String nocCode) {
        return onetFor(nocCode).stream().findFirst().map(Mapping::onetCode);
    }

    /** A number from the data, or null for text such as the BLS markers {@code #}, {@code *} or an empty cell. */
    static BigDecimal number(String text) {
        if (text == null || text.isEmpty() || !text.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void read(String resource, Consumer<String[]> row) {
        try (InputStream in = OccupationalData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

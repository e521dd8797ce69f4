package org.rungs.employer.suggestion.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rungs.employer.suggestion.domain.Suggestion.RequiredLevel;
import org.rungs.employer.suggestion.domain.Suggestion.SkillGap;
import org.rungs.employer.suggestion.domain.Suggestion.WageRange;

/** Suggestions from the shipped reference data; expected figures are worked out by hand from reference/*.tsv. */
class LadderSuggestionsTest {

    static final LadderSuggestions SUGGESTIONS = new LadderSuggestions(OccupationalData.get());
    static final String PERSONAL_CARE_AIDES = "31-1122.00";
    static final String NURSING_ASSISTANTS = "31-1131.00";
    static final String NURSE_AIDES_NOC = "33102";

    static Suggestion suggestion(List<Suggestion> suggestions, String code) {
        return suggestions.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void personalCareAidesCanStepUpToNursingAssistants() {
        Suggestion na = suggestion(SUGGESTIONS.from(PERSONAL_CARE_AIDES, 50), NURSING_ASSISTANTS);

        assertThat(na.title()).isEqualTo("Nursing Assistants");
        assertThat(na.taxonomy()).isEqualTo(Taxonomy.ONET_SOC);
        assertThat(na.jobZone()).isEqualTo(3);
        assertThat(na.teer()).isNull();
        assertThat(na.relatednessTier()).isEqualTo("Primary-Short");
        assertThat(na.relatednessIndex()).isEqualTo(2);
        // wages.tsv H_MEDIAN: 31-1131.00 19.01; 31-1122.00 16.78 (OEWS 31-1120). 19.01 - 16.78 = 2.23;
        // 2.23 / 16.78 = 13.29% -> 13.3
        assertThat(na.medianWageGain()).isEqualByComparingTo("2.23");
        assertThat(na.medianWageGainPercent()).isEqualByComparingTo("13.3");
        // occupation_skills.tsv: the 8 skills of 31-1131.00 with importance >= 3, target level - source level:
        // 2.B.1.f 3.88-3.88, 2.A.1.b 3.00-3.00, 2.B.1.a 3.25-3.12 = 0.13, 2.A.2.d 3.00-3.12 < 0, 2.A.1.a 3.00-3.00,
        // 2.A.1.d 3.00-3.00, 2.A.2.a 3.12-3.12, 2.B.1.b 3.00-2.88 = 0.12; distance 0.13 + 0.12 = 0.25
        assertThat(na.skillDistance()).isEqualByComparingTo("0.25");
        assertThat(na.gaps()).containsExactly(
                new SkillGap("2.B.1.a", "Social Perceptiveness", new BigDecimal("3.12"), new BigDecimal("3.25"),
                        new BigDecimal("0.13")),
                new SkillGap("2.B.1.b", "Coordination", new BigDecimal("2.88"), new BigDecimal("3.00"),
                        new BigDecimal("0.12")));
        // 2.23 / (1 + 0.25) = 1.784
        assertThat(na.score()).isEqualByComparingTo("1.784");
        assertThat(na.wages().median()).isEqualByComparingTo("19.01");
        assertThat(na.defaultWageBand()).isEqualTo(new WageRange(new BigDecimal("17.44"), new BigDecimal("22.15")));
        assertThat(na.defaultRequiredSkills()).hasSize(8).first()
                .isEqualTo(new RequiredLevel("2.B.1.f", "Service Orientation", new BigDecimal("3.88")));
        assertThat(na.reasons()).containsExactly(
                "O*NET lists Nursing Assistants as a related occupation of Personal Care Aides (Primary-Short, #2)",
                "Job Zone 2 → 3",
                "Median wage $16.78 → $19.01/hour (+$2.23, +13.3%) (BLS OEWS May 2024)",
                "Wages of Personal Care Aides are those OEWS publishes for 31-1120 Home Health and Personal Care Aides",
                "Skill distance 0.25 over 8 important skills; largest gaps: Social Perceptiveness +0.13, "
                        + "Coordination +0.12");
    }

    @Test
    void theDefaultWageBandIsTheOewsInterquartileRangeOfEachTarget() {
        for (Suggestion s : SUGGESTIONS.from("53-7062.00", 50)) {
            OccupationalData.WageBand oews = OccupationalData.get().wages(s.code()).orElseThrow();
            assertThat(s.defaultWageBand()).isEqualTo(new WageRange(oews.p25(), oews.p75()));
            assertThat(s.defaultRequiredSkills()).extracting(RequiredLevel::elementId).containsExactlyElementsOf(
                    OccupationalData.get().importantSkills(s.code()).stream()
                            .map(OccupationalData.SkillRating::elementId).toList());
        }
    }

    @Test
    void onlyRelatedOccupationsOfTheSameOrTheNextJobZoneAreSuggested() {
        List<Suggestion> all = SUGGESTIONS.from(PERSONAL_CARE_AIDES, 50);

        // Related Occupations of 31-1122.00 (zone 2) at zone 2 or 3: 10 of its 20
        assertThat(all).extracting(Suggestion::code).containsExactlyInAnyOrder("31-1121.00", "31-1131.00",
                "39-9011.01", "31-1133.00", "31-2012.00", "29-2061.00", "31-2022.00", "29-2053.00", "39-9011.00",
                "39-1022.00");
        assertThat(all).extracting(Suggestion::jobZone).allMatch(z -> z == 2 || z == 3);
        // Child, Family, and School Social Workers (21-1021.00) is related (#3) but Job Zone 4
        assertThat(OccupationalData.get().jobZone("21-1021.00")).contains(4);
        assertThat(all).extracting(Suggestion::code).doesNotContain("21-1021.00");
    }

    @Test
    void rankingPutsPositiveGainsFirstByScoreThenTheRestBySkillDistance() {
        List<Suggestion> all = SUGGESTIONS.from(PERSONAL_CARE_AIDES, 50);

        // scores: 31-1131.00 2.23/1.25 = 1.7840; 29-2061.00 13.19/12.99 = 1.0154; 31-1133.00 3.22/7.13 = 0.4516;
        // 39-1022.00 5.86/15.27 = 0.3838; 29-2053.00 3.69/11.39 = 0.3240; 31-2012.00 1.19/5.27 = 0.2258; then the
        // gains of zero or less by distance: 31-2022.00 1.13, 39-9011.00 2.13, 31-1121.00 4.00, 39-9011.01 5.24
        assertThat(all).extracting(Suggestion::code).containsExactly("31-1131.00", "29-2061.00", "31-1133.00",
                "39-1022.00", "29-2053.00", "31-2012.00", "31-2022.00", "39-9011.00", "31-1121.00", "39-9011.01");
        assertThat(all).isSortedAccordingTo(LadderSuggestions.RANKING);
        int firstWithoutGain = 6;
        assertThat(all.subList(0, firstWithoutGain)).allMatch(Suggestion::raisesMedianWage);
        assertThat(all.subList(firstWithoutGain, all.size())).noneMatch(Suggestion::raisesMedianWage);
        // Home Health Aides share the OEWS aggregate 31-1120 with Personal Care Aides: a gain of exactly 0
        assertThat(suggestion(all, "31-1121.00").medianWageGain()).isEqualByComparingTo("0");

        assertThat(SUGGESTIONS.from(PERSONAL_CARE_AIDES, 3)).extracting(Suggestion::code)
                .containsExactly("31-1131.00", "29-2061.00", "31-1133.00");
    }

    @Test
    void tiesAreBrokenByRelatednessIndexThenCode() {
        Suggestion a = new Suggestion("b", "B", Taxonomy.ONET_SOC, 2, null, "Primary-Short", 2, null, null,
                BigDecimal.ONE, null, BigDecimal.ZERO, List.of(), BigDecimal.ONE, null, List.of(), List.of());
        Suggestion b = new Suggestion("a", "A", Taxonomy.ONET_SOC, 2, null, "Primary-Short", 3, null, null,
                BigDecimal.ONE, null, BigDecimal.ZERO, List.of(), BigDecimal.ONE, null, List.of(), List.of());
        Suggestion c = new Suggestion("c", "C", Taxonomy.ONET_SOC, 2, null, null, null, null, null,
                BigDecimal.ONE, null, BigDecimal.ZERO, List.of(), BigDecimal.ONE, null, List.of(), List.of());
        Suggestion d = new Suggestion("0", "D", Taxonomy.ONET_SOC, 2, null, null, null, null, null,
                BigDecimal.ONE, null, BigDecimal.ZERO, List.of(), BigDecimal.ONE, null, List.of(), List.of());

        assertThat(List.of(c, b, a, d).stream().sorted(LadderSuggestions.RANKING)).containsExactly(a, b, d, c);
    }

    @Test
    void laborersCanStepUpToIndustrialTruckOperators() {
        List<Suggestion> all = SUGGESTIONS.from("53-7062.00", 50);

        Suggestion forklift = suggestion(all, "53-7051.00");
        assertThat(forklift.title()).isEqualTo("Industrial Truck and Tractor Operators");
        assertThat(forklift.relatednessIndex()).isEqualTo(3);
        // H_MEDIAN 22.30 - 18.72
        assertThat(forklift.medianWageGain()).isEqualByComparingTo("3.58");
        assertThat(forklift.raisesMedianWage()).isTrue();
        assertThat(all).isSortedAccordingTo(LadderSuggestions.RANKING);
        assertThat(all).allSatisfy(s -> assertThat(s.reasons()).hasSizeGreaterThanOrEqualTo(4));
    }

    @Test
    void aTopCodedMedianMakesTheWageGainUnknown() {
        // Anesthesiologists (29-1211.00, Job Zone 5): OEWS top-codes the median (#)
        assertThat(SUGGESTIONS.origin("29-1211.00").wages().median()).isNull();
        List<Suggestion> all = SUGGESTIONS.from("29-1211.00", 50);

        assertThat(all).isNotEmpty().allSatisfy(s -> {
            assertThat(s.medianWageGain()).isNull();
            assertThat(s.medianWageGainPercent()).isNull();
            assertThat(s.score()).isNull();
            assertThat(s.raisesMedianWage()).isFalse();
            assertThat(s.reasons()).contains("Median wage gain unknown: BLS OEWS May 2024 top-codes the median of "
                    + "Anesthesiologists (at least $115.00/hour)");
        });
        // all rank by skill distance; a target O*NET gives no skill ratings (unknown distance) comes last
        assertThat(all).extracting(Suggestion::skillDistance)
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()));
    }

    @Test
    void nocNurseAidesStepUpOneTeerWithinHealthOccupations() {
        Origin origin = SUGGESTIONS.origin(NURSE_AIDES_NOC);
        assertThat(origin.title()).isEqualTo("Nurse aides, orderlies and patient service associates");
        assertThat(origin.teer()).isEqualTo(3);
        assertThat(origin.onetProxy()).isEqualTo(NURSING_ASSISTANTS);

        List<Suggestion> all = SUGGESTIONS.from(NURSE_AIDES_NOC, 50);

        // noc_unit_groups.tsv: 18 unit groups of broad category 3 at TEER 2
        assertThat(all).hasSize(18).allSatisfy(s -> {
            assertThat(s.taxonomy()).isEqualTo(Taxonomy.NOC_2021);
            assertThat(s.teer()).isEqualTo(2);
            assertThat(s.code()).startsWith("32");
            assertThat(OccupationalData.get().unitGroup(s.code()).orElseThrow().broadCategoryCode()).isEqualTo("3");
            assertThat(s.reasons()).contains("TEER 3 → 2");
        });
        assertThat(all).isSortedAccordingTo(LadderSuggestions.RANKING);

        // 33102 includes Nursing Assistants, to which O*NET relates Licensed Practical and Licensed Vocational
        // Nurses (#2, both Job Zone 3), which maps to 32101
        Suggestion lpn = suggestion(all, "32101");
        assertThat(lpn.title()).isEqualTo("Licensed practical nurses");
        assertThat(lpn.relatednessTier()).isEqualTo("Primary-Short");
        assertThat(lpn.relatednessIndex()).isEqualTo(2);
        assertThat(lpn.onetProxy()).isEqualTo("29-2061.00");
        // H_MEDIAN 29-2061 29.97 - 31-1131 19.01
        assertThat(lpn.medianWageGain()).isEqualByComparingTo("10.96");
        assertThat(lpn.reasons().get(0)).isEqualTo("Through the O*NET→NOC crosswalk: NOC 33102 includes O*NET "
                + "Nursing Assistants, to which O*NET relates Licensed Practical and Licensed Vocational Nurses "
                + "(Primary-Short, #2), which maps to NOC 32101");
        assertThat(lpn.reasons()).anyMatch(r -> r.contains("U.S. national figures used as a proxy"));

        // Dental hygienists are linked by no related occupation: a TEER step only
        Suggestion hygienists = suggestion(all, "32111");
        assertThat(hygienists.relatednessIndex()).isNull();
        assertThat(hygienists.reasons().get(0)).contains("TEER step only");
    }

    @Test
    void nocHomeSupportWorkersStepUpOneTeerInTheirBroadCategory() {
        List<Suggestion> all = SUGGESTIONS.from("44101", 50);

        assertThat(all).extracting(Suggestion::code).containsExactlyInAnyOrder("43100", "43109", "43200", "43201",
                "43202", "43203", "43204");
        // 43204 Operations members of the Canadian Armed Forces: no O*NET occupation maps to it
        Suggestion forces = suggestion(all, "43204");
        assertThat(forces.onetProxy()).isNull();
        assertThat(forces.wages()).isNull();
        assertThat(forces.skillDistance()).isNull();
        assertThat(all.get(all.size() - 1)).isEqualTo(forces);
    }

    @Test
    void nothingIsAboveTeerZero() {
        assertThat(SUGGESTIONS.from("00010", 10)).isEmpty();
    }

    @Test
    void anUnknownCodeIsRefused() {
        for (String code : List.of("99-9999.99", "99999", "31-1122", "abc", "")) {
            assertThatThrownBy(() -> SUGGESTIONS.from(code, 10)).isInstanceOf(UnknownOccupation.class)
                    .extracting(e -> ((UnknownOccupation) e).code()).isEqualTo(code);
        }
        assertThatThrownBy(() -> SUGGESTIONS.origin("99-9999.99")).isInstanceOf(UnknownOccupation.class);
        assertThat(Taxonomy.of("31-1122.00")).contains(Taxonomy.ONET_SOC);
        assertThat(Taxonomy.of("33102")).contains(Taxonomy.NOC_2021);
        assertThat(Taxonomy.of("3310")).isEmpty();
    }
}

package org.rungs.employer.suggestion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;

import org.junit.jupiter.api.Test;
import org.rungs.employer.suggestion.domain.OccupationalData.Mapping;
import org.rungs.employer.suggestion.domain.OccupationalData.SkillRating;
import org.rungs.employer.suggestion.domain.OccupationalData.UnitGroup;
import org.rungs.employer.suggestion.domain.OccupationalData.WageBand;

/** The reference data as shipped in reference/*.tsv; expected values are the rows of those files. */
class OccupationalDataTest {

    static final OccupationalData DATA = OccupationalData.get();

    @Test
    void wagesJoinTheDetailedOewsCodeElseTheAggregateOewsPublishes() {
        // wages.tsv: 31-1131.00 -> 31-1131 Nursing Assistants 17.44 / 19.01 / 22.15
        assertThat(DATA.wages("31-1131.00")).contains(new WageBand("31-1131", new BigDecimal("17.44"),
                new BigDecimal("19.01"), new BigDecimal("22.15")));
        // OEWS publishes Personal Care Aides only within the broad 31-1120 Home Health and Personal Care Aides
        assertThat(DATA.wages("31-1122.00")).contains(new WageBand("31-1120", new BigDecimal("14.6"),
                new BigDecimal("16.78"), new BigDecimal("18.26")));
        assertThat(DATA.oewsTitle("31-1120")).contains("Home Health and Personal Care Aides");
        // an OEWS-specific combination (bls_oews/README.md): 53-1042 -> 53-1047
        assertThat(DATA.wages("53-1042.00")).map(WageBand::oewsCode).contains("53-1047");
        // OEWS does not cover fishing or the military
        assertThat(DATA.wages("45-3031.00")).isEmpty();
        assertThat(DATA.wages("55-1011.00")).isEmpty();
        assertThat(DATA.wages(null)).isEmpty();
    }

    @Test
    void wagesBlsDidNotPublishAreUnknown() {
        // Anesthesiologists: H_PCT25 89.75, H_MEDIAN #, H_PCT75 # (top-coded at $115.00/hour or more)
        WageBand anesthesiologists = DATA.wages("29-1211.00").orElseThrow();
        assertThat(anesthesiologists.p25()).isEqualByComparingTo("89.75");
        assertThat(anesthesiologists.median()).isNull();
        assertThat(anesthesiologists.p75()).isNull();
        assertThat(DATA.medianTopCoded("29-1211.00")).isTrue();
        assertThat(DATA.medianTopCoded("31-1131.00")).isFalse();
        // Elementary school teachers are annual-only: H_* are * while A_* exist
        WageBand teachers = DATA.wages("25-2021.00").orElseThrow();
        assertThat(teachers.oewsCode()).isEqualTo("25-2021");
        assertThat(teachers.p25()).isNull();
        assertThat(teachers.median()).isNull();
        assertThat(teachers.p75()).isNull();
        assertThat(DATA.medianTopCoded("25-2021.00")).isFalse();
    }

    @Test
    void skillsGiveImportanceAndLevelOfEverySkillsElement() {
        assertThat(DATA.skills("31-1131.00")).hasSize(35)
                .contains(new SkillRating("2.B.1.a", new BigDecimal("3.62"), new BigDecimal("3.25")))
                .isSortedAccordingTo(Comparator.comparing(SkillRating::elementId));
        assertThat(DATA.skills("55-1011.00")).isEmpty();
        assertThat(DATA.skills("no such code")).isEmpty();
    }

    @Test
    void importantSkillsAreThoseOfImportanceThreeOrMoreMostImportantFirst() {
        // occupation_skills.tsv, 31-1131.00 rows with importance >= 3
        assertThat(DATA.importantSkills("31-1131.00")).extracting(SkillRating::elementId).containsExactly(
                "2.B.1.f", // Service Orientation 4.00
                "2.A.1.b", "2.B.1.a", // Active Listening, Social Perceptiveness 3.62
                "2.A.2.d", // Monitoring 3.25
                "2.A.1.a", "2.A.1.d", "2.A.2.a", "2.B.1.b"); // 3.12
        assertThat(DATA.importantSkills("31-1131.00").get(0).level()).isEqualByComparingTo("3.88");
    }

    @Test
    void relatedOccupationsComeClosestFirst() {
        assertThat(DATA.related("31-1122.00")).hasSize(20).first()
                .isEqualTo(new OccupationalData.Related("31-1122.00", "31-1121.00", "Primary-Short", 1));
        assertThat(DATA.related("31-1122.00").get(1).relatedCode()).isEqualTo("31-1131.00");
        assertThat(DATA.jobZone("31-1122.00")).contains(2);
        assertThat(DATA.jobZone("31-1131.00")).contains(3);
        assertThat(DATA.elementName("2.A.2.d")).contains("Monitoring");
        assertThat(DATA.title("31-1131.00")).contains("Nursing Assistants");
        assertThat(DATA.title("33102")).contains("Nurse aides, orderlies and patient service associates");
        assertThat(DATA.title("99999")).isEmpty();
    }

    @Test
    void nocUnitGroupsAndTheCrosswalkBothWays() {
        assertThat(DATA.unitGroup("33102")).contains(new UnitGroup("33102",
                "Nurse aides, orderlies and patient service associates", 3, "3", "Health occupations"));
        assertThat(DATA.unitGroup("00010")).map(UnitGroup::teer).contains(0);
        assertThat(DATA.unitGroups()).hasSize(516);
        // onet_noc_crosswalk.tsv: 31-1122.00 -> 33102 0.5, 44101 0.25, 65310 0.25
        assertThat(DATA.nocFor("31-1122.00")).extracting(Mapping::nocCode).containsExactly("33102", "44101", "65310");
        assertThat(DATA.nocFor("31-1122.00").get(0).weight()).isEqualByComparingTo("0.5");
        // 31-1131.00, 31-1132.00 and 31-1133.00 map wholly to 33102; the lowest code stands for it
        assertThat(DATA.onetFor("33102")).extracting(Mapping::onetCode)
                .containsExactly("31-1131.00", "31-1132.00", "31-1133.00", "31-1122.00");
        assertThat(DATA.bestOnet("33102")).contains("31-1131.00");
        assertThat(DATA.bestOnet("43204")).isEmpty();
    }
}

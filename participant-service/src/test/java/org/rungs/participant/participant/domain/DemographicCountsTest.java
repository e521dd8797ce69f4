package org.rungs.participant.participant.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DemographicCountsTest {

    static Map<String, Map<String, Long>> question(Object... answers) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < answers.length; i += 2) {
            counts.put((String) answers[i], ((Number) answers[i + 1]).longValue());
        }
        return Map.of("sex", counts);
    }

    @Test
    void aSmallCellIsWithheldWithTheNextSmallestSoNeitherCanBeWorkedOut() {
        List<DemographicCounts.Cell> sex = DemographicCounts.suppress(question("female", 40, "male", 12,
                "not-disclosed", 3, "not-answered", 0)).get("sex");

        assertThat(sex).containsExactly(new DemographicCounts.Cell("female", 40L, false),
                new DemographicCounts.Cell("male", null, true), new DemographicCounts.Cell("not-disclosed", null, true),
                new DemographicCounts.Cell("not-answered", 0L, false));
    }

    @Test
    void cellsOfTenOrMoreAndZeroesAreShownAndTwoSmallCellsProtectEachOther() {
        assertThat(DemographicCounts.suppress(question("yes", 10, "no", 25)).get("sex"))
                .extracting(DemographicCounts.Cell::suppressed).containsOnly(false);
        assertThat(DemographicCounts.suppress(question("yes", 4, "no", 5, "not-answered", 30)).get("sex"))
                .extracting(DemographicCounts.Cell::suppressed).containsExactly(true, true, false);
    }
}

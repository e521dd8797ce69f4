package org.rungs.matching.pathway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Whether a participant can attend a cohort: its delivery, its hours against their shift, childcare. */
class TrainingOptionTest {

    static TrainingOption cohort(String delivery, String from, String to) {
        return new TrainingOption(UUID.randomUUID(), UUID.randomUUID(), "CNA", null, LocalDate.of(2027, 1, 11),
                LocalDate.of(2027, 3, 5), 8, BigDecimal.ZERO, Map.of(), Map.of(), Set.of(),
                from == null ? null : LocalTime.parse(from), to == null ? null : LocalTime.parse(to), delivery);
    }

    @Test
    void withATransportationBarrierOnlyACohortNotDeliveredInPersonAloneFits() {
        Set<String> transport = Set.of("transportation");
        assertThat(cohort("in-person", "18:00", "21:00").fits("day", transport)).isFalse();
        assertThat(cohort("online", "18:00", "21:00").fits("day", transport)).isTrue();
        assertThat(cohort("hybrid", "18:00", "21:00").fits("day", transport)).isTrue();
        assertThat(cohort("in-person", null, null).fits(null, transport)).as("even without fixed hours").isFalse();
        assertThat(cohort("in-person", "18:00", "21:00").fits("day", Set.of())).isTrue();
    }

    @Test
    void itsHoursFallOutsideTheShiftAndWithChildcareItEndsBySix() {
        assertThat(cohort("online", "09:00", "12:00").fits("day", Set.of())).isFalse();
        assertThat(cohort("online", "09:00", "12:00").fits("rotating", Set.of())).isTrue();
        assertThat(cohort("online", "18:00", "21:00").fits("day", Set.of("childcare"))).isFalse();
        assertThat(cohort("online", "15:00", "18:00").fits("night", Set.of("childcare"))).isTrue();
        assertThat(cohort("online", null, null).fits("day", Set.of("childcare"))).isTrue();
    }
}

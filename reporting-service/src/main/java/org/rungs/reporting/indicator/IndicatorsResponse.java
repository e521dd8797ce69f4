package org.rungs.reporting.indicator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Outcome indicators. Person-based counts (participants, skills, matches) are null where suppressed: a count from 1 to
 * {@code minCellSize - 1} could identify people, so such cells are hidden and their row flagged.
 */
public record IndicatorsResponse(Totals totals, List<AgencyRow> byPartnerAgency, List<EmployerRow> byEmployer,
        int minCellSize, boolean suppressed, Instant asOf) {

    public record Totals(Long participantsEnrolled, Long participantsConsenting, Long skillsAttained, long employers,
            long vacanciesOpen, long vacanciesClosed, long programsPublished, Long matchesProposed,
            Long participantsMatched) {
    }

    public record AgencyRow(String partnerAgency, Long participantsEnrolled, Long skillsAttained,
            Long matchesProposed, boolean suppressed) {
    }

    public record EmployerRow(UUID employerId, String employerName, long vacanciesOpen, Long matchesProposed,
            boolean suppressed) {
    }
}

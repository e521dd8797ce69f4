package org.rungs.reporting.indicator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Outcome indicators. Person-based counts (participants, skills, matches) are null where suppressed: a count from 1 to
 * {@code minCellSize - 1} could identify people, so such a cell is hidden and its row flagged {@code suppressed}.
 * {@code suppressionApplied} says whether this answer hides small cells at all (network admins may ask for raw counts).
 * Totals are network-wide; the filters narrow the breakdowns.
 */
public record IndicatorsResponse(Totals totals, List<AgencyRow> byPartnerAgency, List<EmployerRow> byEmployer,
        int minCellSize, boolean suppressionApplied, Instant asOf) {

    public record Totals(Long participantsEnrolled, Long participantsConsenting, Long skillsAttained, long employers,
            long vacanciesOpen, long vacanciesClosed, long programsPublished, Long matchesProposed,
            Long participantsMatched, boolean suppressed) {
    }

    /** Participants a partner agency enrolled, the skills they attained and the matches proposed for them. */
    public record AgencyRow(String partnerAgency, Long participantsEnrolled, Long skillsAttained,
            Long matchesProposed, boolean suppressed) {
    }

    /** An employer's open vacancies and the matches proposed for its vacancies. */
    public record EmployerRow(UUID employerId, String employerName, long vacanciesOpen, Long matchesProposed,
            boolean suppressed) {
    }
}

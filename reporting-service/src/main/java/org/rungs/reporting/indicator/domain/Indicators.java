package org.rungs.reporting.indicator.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Outcome indicators as shown: person-based counts (participants, skills, matches) are null where suppressed and their
 * row flagged {@code suppressed}. Totals are network-wide; the filters narrow the breakdowns.
 */
public record Indicators(Totals totals, List<AgencyRow> byPartnerAgency, List<EmployerRow> byEmployer,
        int minCellSize, boolean suppressionApplied, Instant asOf) {

    public record Totals(Long participantsEnrolled, Long participantsConsenting, Long skillsAttained, long employers,
            long vacanciesOpen, long vacanciesClosed, long programsPublished, Long matchesProposed,
            Long participantsMatched, Long personsServed, boolean suppressed) {
    }

    public record AgencyRow(String partnerAgency, Long participantsEnrolled, Long skillsAttained,
            Long matchesProposed, boolean suppressed) {
    }

    public record EmployerRow(UUID employerId, String employerName, long vacanciesOpen, Long matchesProposed,
            boolean suppressed) {
    }

    /** The counts as shown under the suppression rule. */
    public static Indicators of(Counts.Snapshot counts, SmallCells cells, Instant asOf) {
        Counts.Totals t = counts.totals();
        SmallCells.Row total = cells.row();
        Totals totals = new Totals(total.person(t.participantsEnrolled()), total.person(t.participantsConsenting()),
                total.person(t.skillsAttained()), t.employers(), t.vacanciesOpen(), t.vacanciesClosed(),
                t.programsPublished(), total.person(t.matchesProposed()), total.person(t.participantsMatched()),
                total.person(t.personsServed()), total.suppressed());
        List<AgencyRow> byAgency = counts.byPartnerAgency().stream().map(a -> {
            SmallCells.Row row = cells.row();
            return new AgencyRow(a.partnerAgency(), row.person(a.participantsEnrolled()),
                    row.person(a.skillsAttained()), row.person(a.matchesProposed()), row.suppressed());
        }).toList();
        List<EmployerRow> byEmployer = counts.byEmployer().stream().map(e -> {
            SmallCells.Row row = cells.row();
            return new EmployerRow(e.employerId(), e.employerName(), e.vacanciesOpen(),
                    row.person(e.matchesProposed()), row.suppressed());
        }).toList();
        return new Indicators(totals, byAgency, byEmployer, cells.minCellSize(), cells.suppress(), asOf);
    }
}

package org.rungs.reporting.indicator.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.rungs.reporting.indicator.domain.Indicators;

/**
 * Outcome indicators. Person-based counts (participants, skills, matches) are null where suppressed: a count from 1 to
 * {@code minCellSize - 1} could identify people, so such a cell is hidden and its row flagged {@code suppressed}.
 * {@code suppressionApplied} says whether this answer hides small cells at all (network admins may ask for raw counts).
 * Totals are network-wide; the filters narrow the breakdowns. {@code personsServed} counts a person enrolled at several
 * agencies once; {@code participantsEnrolled} counts each enrolment.
 */
public record IndicatorsResponse(Totals totals, List<AgencyRow> byPartnerAgency, List<EmployerRow> byEmployer,
        int minCellSize, boolean suppressionApplied, Instant asOf) {

    public record Totals(Long participantsEnrolled, Long participantsConsenting, Long skillsAttained, long employers,
            long vacanciesOpen, long vacanciesClosed, long programsPublished, Long matchesProposed,
            Long participantsMatched, Long personsServed, boolean suppressed) {
    }

    /** Participants a partner agency enrolled, the skills they attained and the matches proposed for them. */
    public record AgencyRow(String partnerAgency, Long participantsEnrolled, Long skillsAttained,
            Long matchesProposed, boolean suppressed) {
    }

    /** An employer's open vacancies and the matches proposed for its vacancies. */
    public record EmployerRow(UUID employerId, String employerName, long vacanciesOpen, Long matchesProposed,
            boolean suppressed) {
    }

    static IndicatorsResponse of(Indicators i) {
        var t = i.totals();
        return new IndicatorsResponse(
                new Totals(t.participantsEnrolled(), t.participantsConsenting(), t.skillsAttained(), t.employers(),
                        t.vacanciesOpen(), t.vacanciesClosed(), t.programsPublished(), t.matchesProposed(),
                        t.participantsMatched(), t.personsServed(), t.suppressed()),
                i.byPartnerAgency().stream().map(a -> new AgencyRow(a.partnerAgency(), a.participantsEnrolled(),
                        a.skillsAttained(), a.matchesProposed(), a.suppressed())).toList(),
                i.byEmployer().stream().map(e -> new EmployerRow(e.employerId(), e.employerName(), e.vacanciesOpen(),
                        e.matchesProposed(), e.suppressed())).toList(),
                i.minCellSize(), i.suppressionApplied(), i.asOf());
    }
}

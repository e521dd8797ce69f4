package org.rungs.reporting.indicator.domain;

import java.util.List;
import java.util.UUID;

/** The raw counts the read models hold, before suppression. */
public final class Counts {

    private Counts() {
    }

    public record Snapshot(Totals totals, List<Agency> byPartnerAgency, List<Employer> byEmployer) {
    }

    public record Totals(long participantsEnrolled, long participantsConsenting, long skillsAttained, long employers,
            long vacanciesOpen, long vacanciesClosed, long programsPublished, long matchesProposed,
            long participantsMatched) {
    }

    public record Agency(String partnerAgency, long participantsEnrolled, long skillsAttained,
            long matchesProposed) {
    }

    public record Employer(UUID employerId, String employerName, long vacanciesOpen, long matchesProposed) {
    }
}

package org.rungs.reporting.indicator.domain;

import java.util.List;
import java.util.UUID;

/** The raw counts the read models hold, before suppression. */
public final class Counts {

    private Counts() {
    }

    public record Snapshot(Totals totals, List<Agency> byPartnerAgency, List<Employer> byEmployer) {
    }

    /**
     * Network-wide counts; {@code personsServed} counts a person enrolled at several agencies once (their person id,
     * participant-service's salted match of names and birth date).
     */
    public record Totals(long participantsEnrolled, long participantsConsenting, long skillsAttained, long employers,
            long vacanciesOpen, long vacanciesClosed, long programsPublished, long matchesProposed,
            long participantsMatched, long personsServed) {
    }

    public record Agency(String partnerAgency, long participantsEnrolled, long skillsAttained,
            long matchesProposed) {
    }

    public record Employer(UUID employerId, String employerName, long vacanciesOpen, long matchesProposed) {
    }
}

package org.rungs.matching.participant.domain;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What matching knows of a consenting participant beyond their skills, for ranking: the employers they work for now and
 * the rungs and occupations they hold there, their current hourly wage (from their job, else as enrolled), the titles
 * of the credentials they were awarded, their barriers, the shift they can work and the meeting times of the cohorts
 * they are enrolled in.
 */
public record Profile(Set<UUID> employers, Set<UUID> rungs, Set<String> occupations, BigDecimal currentWage,
        Set<String> credentials, Set<String> barriers, String workShift, List<Meeting> meetings) {

    public Profile {
        employers = Set.copyOf(employers);
        rungs = Set.copyOf(rungs);
        occupations = Set.copyOf(occupations);
        credentials = Set.copyOf(credentials);
        barriers = Set.copyOf(barriers);
        meetings = List.copyOf(meetings);
    }

    /** Someone matching knows nothing more of. */
    public static Profile unknown() {
        return new Profile(Set.of(), Set.of(), Set.of(), null, Set.of(), Set.of(), null, List.of());
    }

    /** A cohort the participant is enrolled in: its title (the program's) and when it meets. */
    public record Meeting(String program, List<String> days, LocalTime start, LocalTime end) {
    }
}

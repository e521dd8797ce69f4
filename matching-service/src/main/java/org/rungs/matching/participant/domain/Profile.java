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

    /**
     * Whether hours from {@code start} to {@code end} fall within a shift's hours: day 07–15, evening 15–23, night
     * 23–07, rotating any; a flexible (or unknown) shift has no fixed hours.
     */
    public static boolean duringShift(LocalTime start, LocalTime end, String shift) {
        if (start == null || end == null || shift == null) {
            return false;
        }
        return switch (shift) {
            case "rotating" -> true;
            case "day" -> overlaps(start, end, LocalTime.of(7, 0), LocalTime.of(15, 0));
            case "evening" -> overlaps(start, end, LocalTime.of(15, 0), LocalTime.of(23, 0));
            case "night" -> overlaps(start, end, LocalTime.of(23, 0), LocalTime.MAX)
                    || overlaps(start, end, LocalTime.MIN, LocalTime.of(7, 0));
            default -> false;
        };
    }

    private static boolean overlaps(LocalTime start, LocalTime end, LocalTime from, LocalTime to) {
        return start.isBefore(to) && end.isAfter(from);
    }

    /** A cohort the participant is enrolled in: its title (the program's) and when it meets. */
    public record Meeting(String program, List<String> days, LocalTime start, LocalTime end) {
    }
}

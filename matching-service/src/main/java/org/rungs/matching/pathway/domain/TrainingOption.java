package org.rungs.matching.pathway.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.rungs.matching.participant.domain.Profile;

/**
 * A cohort of a program the participant could take: when it runs, its weeks and cost, what it teaches (element to the
 * level reached) and the credential it awards, and what it asks of those who enter (skill levels, and credentials of
 * prerequisite programs), the hours it meets (null: no fixed hours) and how it is delivered ({@code in-person},
 * {@code online} or {@code hybrid}).
 */
public record TrainingOption(UUID cohortId, UUID programId, String program, String credential, LocalDate startDate,
        LocalDate endDate, int weeks, BigDecimal cost, Map<String, BigDecimal> teaches,
        Map<String, BigDecimal> entrySkills, Set<UUID> prerequisites, LocalTime meetsFrom, LocalTime meetsTo,
        String deliveryMode) {

    public TrainingOption {
        teaches = Map.copyOf(teaches);
        entrySkills = Map.copyOf(entrySkills);
        prerequisites = Set.copyOf(prerequisites);
    }

    /**
     * Whether the participant can attend: with a transportation barrier it is not delivered only in person (online or
     * hybrid), its hours fall outside the shift they work, and with a childcare barrier it ends by 18:00.
     */
    public boolean fits(String workShift, Set<String> barriers) {
        if (barriers.contains("transportation") && "in-person".equals(deliveryMode)) {
            return false;
        }
        if (meetsFrom == null || meetsTo == null) {
            return true;
        }
        if (barriers.contains("childcare") && meetsTo.isAfter(LocalTime.of(18, 0))) {
            return false;
        }
        return workShift == null || workShift.equals("rotating") || !Profile.duringShift(meetsFrom, meetsTo, workShift);
    }

    /** Whether completing it closes the gap. */
    public boolean closes(Gap gap) {
        return switch (gap) {
            case Gap.Skill s -> teaches.containsKey(s.elementId())
                    && teaches.get(s.elementId()).compareTo(s.level()) >= 0;
            case Gap.Credential c -> credential != null && new Gap.Credential(credential).equals(c);
        };
    }
}

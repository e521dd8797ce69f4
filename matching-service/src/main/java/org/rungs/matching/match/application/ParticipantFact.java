package org.rungs.matching.match.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.rungs.contracts.common.SkillLevel;

/**
 * One participant event as the participant feed hands it to matching, with the offset it had on its partition (a
 * participant's events share one partition, so their offsets order them).
 */
public sealed interface ParticipantFact {

    UUID participantId();

    long offset();

    Instant at();

    /** Enrolled, or the enrolment corrected: the agency, whether they share with employers, and their situation. */
    record Enrolled(UUID participantId, String partnerAgency, boolean consenting, BigDecimal currentWage,
            String workShift, List<String> barriers, long offset, Instant at) implements ParticipantFact {
    }

    /** Their barriers changed. */
    record Barriers(UUID participantId, List<String> barriers, long offset, Instant at) implements ParticipantFact {
    }

    /** Consent to share with employers granted (with the skills held then) or withdrawn. */
    record Consent(UUID participantId, boolean sharing, List<SkillLevel> skills, long offset, Instant at)
            implements
                ParticipantFact {
    }

    /**
     * A skill level attained. {@code again}: read again, so the candidate index may hold it already (its batch failed
     * after the index took it, or the feed started from a copy its batch wrote on the side before failing); the
     * participant is then weighed as if they held the element for the first time.
     */
    record Attained(UUID participantId, String elementId, BigDecimal level, long offset, Instant at, boolean again)
            implements
                ParticipantFact {
    }

    /**
     * Their career plan aims at a rung of a ladder ({@code active}: the plan is open; a closed plan aims at nothing any
     * more). It changes nothing in matching's copy; the feed keeps the pathway to the goal.
     */
    record Goal(UUID participantId, UUID ladderId, UUID rungId, boolean active, long offset, Instant at)
            implements
                ParticipantFact {
    }
}

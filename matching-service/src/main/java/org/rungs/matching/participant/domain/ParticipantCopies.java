package org.rungs.matching.participant.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.rungs.contracts.common.SkillLevel;

/**
 * Matching's copy of participants, built from participant-service's events by every instance (the participant feed):
 * their partner agency, whether they consent to share their profile with employers and, only while they do, their best
 * level per O*NET element. Every write names the offset of the event it applies and is skipped when a later event of
 * the participant was applied already, so instances that read the feed at different paces agree.
 */
public interface ParticipantCopies {

    /** Writes in the caller's transaction, in the order given; {@link Writer#flush()} sends what is pending. */
    Writer writer();

    interface Writer {

        /**
         * A participant enrolled (or their enrolment corrected): the agency and, unless {@code consenting} is null (a
         * later consent change stands), their consent; without consent no skills.
         */
        void enrolled(UUID participantId, String partnerAgency, Boolean consenting, Enrolment enrolment, long offset,
                Instant at);

        /** Their barriers now. */
        void barriers(UUID participantId, List<String> barriers, long offset, Instant at);

        /** They share their profile: their skills are taken (the best level per element). */
        void consented(UUID participantId, Collection<SkillLevel> skills, long offset, Instant at);

        /** They no longer share: their skills are forgotten. */
        void withdrawn(UUID participantId, long offset, Instant at);

        /**
         * A skill level, kept if they consent and it beats their best. It moves no offset: applied again it changes
         * nothing, and after a later consent change it is skipped.
         */
        void attained(UUID participantId, String elementId, BigDecimal level, long offset);

        void flush();

        /**
         * Sends what is pending, like {@link #flush()}, except the skills attained by participants nothing else of this
         * writer's touched: those are written on the side, in a transaction of their own, while the caller goes on.
         * Writing them again changes nothing, so they may commit before the caller's transaction, never after:
         * {@link #settle()} before it commits.
         */
        void flushAside();

        /** Waits until what {@link #flushAside()} wrote on the side committed; throws when it could not be written. */
        void settle();
    }

    /** What the enrolment says of the participant's situation: current wage, the shift they work, barriers. */
    record Enrolment(BigDecimal currentWage, String workShift, List<String> barriers) {
    }

    /** What ranking weighs of these participants beyond their skills ({@link Profile}); unknown ones are left out. */
    Map<UUID, Profile> profiles(Collection<UUID> participantIds);

    /** The partner agencies and profiles of these enrolled participants, read at once; unknown ones are left out. */
    Candidates candidates(Collection<UUID> participantIds);

    /** What proposing a participant takes beyond their skills: their partner agency and their profile. */
    record Candidates(Map<UUID, String> agencies, Map<UUID, Profile> profiles) {
    }

    /** The programs whose credential the participant was awarded. */
    java.util.Set<UUID> programsCompleted(UUID participantId);

    /** The partner agency of an enrolled participant (pending writes flushed first by the caller). */
    Optional<String> agencyOf(UUID participantId);

    /** What the copy holds of an enrolled participant's consent (pending writes flushed first by the caller). */
    Optional<Standing> standing(UUID participantId);

    /** An enrolled participant's agency and when their consent in force was given or withdrawn (null: never). */
    record Standing(String partnerAgency, boolean consenting, Instant consentChangedAt) {

        /** Whether a consent event of this time is older than the consent in force (a stale copy). */
        public boolean outdates(Instant consentEventAt) {
            return consentChangedAt != null && consentChangedAt.isAfter(consentEventAt);
        }
    }

    /** The partner agencies of these participants, where known. */
    Map<UUID, String> agenciesOf(Collection<UUID> participantIds);

    /** The first consenting participants in id order (a vacancy that requires nothing weighs them all alike). */
    List<UUID> firstConsenting(int limit, Collection<UUID> among);

    /**
     * Reads, at one snapshot, every consenting participant's skills (a participant without any is visited once with a
     * null element) and the feed's positions: the copy reflects exactly the events before them.
     *
     * @return partition to the offset of its first event not reflected
     */
    Map<Integer, Long> read(String topic, SkillVisitor visitor);

    /** The feed applied every event of these partitions before these offsets (never moves a position back). */
    void advance(String topic, Map<Integer, Long> nextOffsets);

    @FunctionalInterface
    interface SkillVisitor {

        void skill(UUID participantId, String elementId, BigDecimal level);
    }
}

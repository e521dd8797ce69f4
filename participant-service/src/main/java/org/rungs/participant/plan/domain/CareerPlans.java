package org.rungs.participant.plan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rungs.spine.domain.Repository;

/** Career advancement plans, and the published ladders' rungs they aim at. */
public interface CareerPlans extends Repository<CareerPlan> {

    /** The participant's active plan, locked for a change when {@code forChange}. */
    Optional<CareerPlan> activeOf(UUID participantId, boolean forChange);

    /** The participant's plans, latest first. */
    List<CareerPlan> ofParticipant(UUID participantId);

    /**
     * Active plans whose review is due before the day, soonest due first; of one agency's participants when
     * {@code agency} is given.
     */
    List<ReviewDue> reviewsDueBefore(LocalDate day, String agency, int limit);

    /** An active plan whose review is due, with the participant's agency and name for the navigator. */
    record ReviewDue(UUID planId, UUID participantId, String partnerAgency, String givenName, String familyName,
            LocalDate lastReviewedOn, LocalDate nextReviewDue) {
    }

    Optional<KnownRung> rung(UUID rungId);

    void keep(KnownRung rung);

    /** The ladder's known rungs. */
    List<KnownRung> rungsOf(UUID ladderId);
}

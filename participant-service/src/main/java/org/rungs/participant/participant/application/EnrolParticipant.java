package org.rungs.participant.participant.application;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.participant.participant.domain.Demographics;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participant.domain.Participants;
import org.rungs.spine.outbox.Outbox;

/** A navigator (or a network admin) enrols a participant for a partner agency. */
@ApplicationScoped
public class EnrolParticipant {

    private final Participants participants;
    private final Outbox outbox;
    private final Clock clock;

    public EnrolParticipant(Participants participants, Outbox outbox, Clock clock) {
        this.participants = participants;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Enrols the participant; the demographics they chose to give, if any, are kept apart.
     *
     * @param demographics
     *            the answers, or null when none were given
     */
    @Transactional
    public Participant enrol(Participant.Enrolment enrolment, Demographics.Answers demographics) {
        Participant.Enrolled enrolled = Participant.enrol(enrolment, clock);
        participants.add(enrolled.participant());
        participants.add(enrolled.firstConsent());
        if (demographics != null) {
            participants.add(Demographics.of(enrolled.participant().id(), demographics, clock.instant()));
        }
        outbox.publish(enrolled.participant());
        return enrolled.participant();
    }
}

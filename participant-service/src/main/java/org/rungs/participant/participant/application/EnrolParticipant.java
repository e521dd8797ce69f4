package org.rungs.participant.participant.application;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

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

    @Transactional
    public Participant enrol(Participant.Enrolment enrolment) {
        Participant.Enrolled enrolled = Participant.enrol(enrolment, clock);
        participants.add(enrolled.participant());
        participants.add(enrolled.firstConsent());
        outbox.publish(enrolled.participant());
        return enrolled.participant();
    }
}

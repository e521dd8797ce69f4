package org.rungs.participant.participant.application;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.participant.consent.domain.ConsentRecord;
import org.rungs.participant.consent.domain.ConsentRecords;
import org.rungs.participant.participant.domain.Demographics;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participant.domain.Participants;
import org.rungs.spine.outbox.Outbox;

/** A navigator (or a network admin) enrols a participant for a partner agency. */
@ApplicationScoped
public class EnrolParticipant {

    private final Participants participants;
    private final ConsentRecords consents;
    private final Outbox outbox;
    private final Clock clock;

    public EnrolParticipant(Participants participants, ConsentRecords consents, Outbox outbox, Clock clock) {
        this.participants = participants;
        this.consents = consents;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Enrols the participant; the demographics they chose to give, if any, are kept apart. Consent to share given at
     * enrolment is a matching consent (skills, and contact after an accepted referral) signed on program entry.
     *
     * @param demographics
     *            the answers, or null when none were given
     */
    @Transactional
    public Participant enrol(Participant.Enrolment enrolment, Demographics.Answers demographics) {
        Participant.Enrolled enrolled = Participant.enrol(enrolment, clock);
        participants.add(enrolled.participant());
        participants.add(enrolled.firstConsent());
        Participant p = enrolled.participant();
        if (p.consentToShare()) {
            consents.add(ConsentRecord.sign(p.id(), ConsentRecord.shareWithEmployers(p.programEntryDate(),
                    "consent to share given at enrolment"), enrolment.enrolledBy(), clock));
        }
        if (demographics != null) {
            participants.add(Demographics.of(enrolled.participant().id(), demographics, clock.instant()));
        }
        outbox.publish(enrolled.participant());
        return enrolled.participant();
    }
}

package org.rungs.participant.participant.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.participant.consent.domain.ConsentRecord;
import org.rungs.participant.consent.domain.ConsentRecords;
import org.rungs.participant.participant.domain.AlreadyEnrolled;
import org.rungs.participant.participant.domain.Demographics;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participant.domain.Participants;
import org.rungs.participant.participant.domain.PersonKey;
import org.rungs.spine.outbox.Outbox;

/** A navigator (or a network admin) enrols a participant for a partner agency. */
@ApplicationScoped
public class EnrolParticipant {

    private final Participants participants;
    private final ConsentRecords consents;
    private final Outbox outbox;
    private final Clock clock;
    private final byte[] salt;

    public EnrolParticipant(Participants participants, ConsentRecords consents, Outbox outbox, Clock clock,
            ParticipantConfig config) {
        this.salt = config.personKeySalt().getBytes(StandardCharsets.UTF_8);
        this.participants = participants;
        this.consents = consents;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Enrols the participant; the demographics they chose to give, if any, are kept apart. Consent to share given at
     * enrolment is a matching consent (skills, and contact after an accepted referral) signed on program entry. A
     * person another agency enrolled already (same names and date of birth, compared through the salted person key)
     * shares that enrolment's person id, so outcomes count them once.
     *
     * @throws AlreadyEnrolled
     *             when the same agency enrolled the person already
     *
     * @param demographics
     *            the answers, or null when none were given
     */
    @Transactional
    public Participant enrol(Participant.Enrolment enrolment, Demographics.Answers demographics) {
        Participant.Intake intake = enrolment.intake() == null ? Participant.Intake.NONE : enrolment.intake();
        String key = PersonKey.of(enrolment.givenName(), enrolment.familyName(), intake.dateOfBirth(), salt)
                .orElse(null);
        UUID personId = null;
        if (key != null) {
            List<Participant> same = participants.byPersonKey(key);
            for (Participant other : same) {
                if (other.partnerAgency().equals(enrolment.partnerAgency())) {
                    throw new AlreadyEnrolled(other.id());
                }
            }
            personId = same.isEmpty() ? null : same.getFirst().personId();
        }
        Participant.Enrolled enrolled = Participant.enrol(enrolment, key, personId, clock);
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

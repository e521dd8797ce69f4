package org.rungs.participant.participant;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.participant.consent.ConsentChange;
import org.rungs.participant.consent.ConsentChangeRepository;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.ParticipantEnrolledEvent;
import org.rungs.spine.outbox.Outbox;

/**
 * Enrols participants and announces them ({@code participant.enrolled.v1}) without their contact details. The consent
 * given at enrolment opens the participant's consent history.
 */
@ApplicationScoped
public class ParticipantService {

    private final ParticipantRepository participants;
    private final ConsentChangeRepository consentHistory;
    private final Outbox outbox;

    public ParticipantService(ParticipantRepository participants, ConsentChangeRepository consentHistory,
            Outbox outbox) {
        this.participants = participants;
        this.consentHistory = consentHistory;
        this.outbox = outbox;
    }

    @Transactional
    public Participant enrol(String partnerAgency, EnrolParticipantRequest request, String enrolledBy) {
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.partnerAgency = partnerAgency;
        p.givenName = request.givenName().strip();
        p.familyName = request.familyName().strip();
        p.email = blankToNull(request.email());
        p.phone = blankToNull(request.phone());
        p.currentOccupationCode = request.currentOccupationCode();
        p.currentHourlyWage = request.currentHourlyWage();
        p.barriers = request.barriers() == null ? new HashSet<>() : new HashSet<>(request.barriers());
        p.consentToShare = request.consentToShare();
        p.enrolledBy = enrolledBy;
        p.enrolledAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        p.consentChangedAt = p.enrolledAt;
        participants.persist(p);
        consentHistory.persist(new ConsentChange(p.id, p.consentToShare, enrolledBy, p.enrolledAt));
        outbox.record(EventType.PARTICIPANT_ENROLLED, p.id, p.enrolledAt, new ParticipantEnrolledEvent(p.id,
                p.partnerAgency, p.currentOccupationCode, p.currentHourlyWage, p.consentToShare,
                p.barriers.stream().sorted().map(Barrier::wire).toList(), p.enrolledAt));
        return p;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

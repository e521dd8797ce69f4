package org.rungs.participant.disclosure.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A consent disclosure: the participant accepted a referral, so the employer it went to may read their name and contact
 * (and only those), for the purpose of that referral, from the day they accepted until it ends: when the participant
 * withdraws consent, or the referral is declined or withdrawn.
 */
@Entity
public class Disclosure {

    /** What an employer may read under a disclosure. */
    public static final String SCOPE = "name and contact";

    @Id
    private UUID id;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "recipient_employer_id", nullable = false)
    private UUID recipientEmployerId;

    @Column(name = "referral_id", nullable = false, unique = true)
    private UUID referralId;

    @Column(name = "vacancy_id", nullable = false)
    private UUID vacancyId;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason")
    private String endReason;

    protected Disclosure() {
    }

    /** The participant accepted a referral to a vacancy of an employer. */
    public static Disclosure granted(UUID participantId, UUID employerId, UUID referralId, UUID vacancyId,
            Instant at) {
        Disclosure d = new Disclosure();
        d.id = UUID.randomUUID();
        d.participantId = Objects.requireNonNull(participantId, "participantId");
        d.recipientEmployerId = Objects.requireNonNull(employerId, "employerId");
        d.referralId = Objects.requireNonNull(referralId, "referralId");
        d.vacancyId = Objects.requireNonNull(vacancyId, "vacancyId");
        d.purpose = "Referral " + referralId + " to vacancy " + vacancyId;
        d.grantedAt = Objects.requireNonNull(at, "at");
        return d;
    }

    /** The disclosure ends; an ended one stays ended as it was. */
    public void end(String reason, Instant at) {
        if (endedAt == null) {
            endedAt = at;
            endReason = Objects.requireNonNull(reason, "reason");
        }
    }

    /** Whether the employer may read the participant's name and contact under it now. */
    public boolean open() {
        return endedAt == null;
    }

    public UUID id() {
        return id;
    }

    public UUID participantId() {
        return participantId;
    }

    public UUID recipientEmployerId() {
        return recipientEmployerId;
    }

    public UUID referralId() {
        return referralId;
    }

    public UUID vacancyId() {
        return vacancyId;
    }

    public String purpose() {
        return purpose;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }
}

package org.rungs.reporting.participant;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A participant as reporting counts them: the partner agency that enrolled them and the consent they gave at enrolment.
 * Written by upsert in {@link ParticipantEnrolledHandler}; mapped so Hibernate validates the table at start.
 */
@Entity
@Table(name = "participant_fact")
public class ParticipantFact {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "partner_agency", nullable = false)
    public String partnerAgency;

    @Column(name = "consent_to_share", nullable = false)
    public boolean consentToShare;

    @Column(name = "enrolled_at", nullable = false)
    public Instant enrolledAt;
}

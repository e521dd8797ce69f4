package org.rungs.reporting.participant;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A participant as reporting counts them: their partner agency and whether they share with employers. */
@Entity
@Table(name = "participant_fact")
public class ParticipantFact {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "partner_agency", nullable = false)
    public String partnerAgency;

    @Column(nullable = false)
    public boolean consenting;

    @Column(name = "enrolled_at", nullable = false)
    public Instant enrolledAt;
}

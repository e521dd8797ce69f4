package org.rungs.reporting.participant;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A participant's latest consent decision after enrolment, which supersedes the consent given at enrolment. Kept apart
 * from {@link ParticipantFact} so a decision read before the enrolment is not lost. Written by upsert in
 * {@link ConsentChangedHandler}; mapped so Hibernate validates the table at start.
 */
@Entity
@Table(name = "consent_fact")
public class ConsentFact {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "share_with_employers", nullable = false)
    public boolean shareWithEmployers;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}

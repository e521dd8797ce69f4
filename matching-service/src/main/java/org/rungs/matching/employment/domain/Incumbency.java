package org.rungs.matching.employment.domain;

import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A participant working for an employer now (from {@code hire.recorded.v1} until {@code separation.recorded.v1}): an
 * incumbent worker, the only kind of candidate a vacancy proposes during its internal-first window.
 */
@Entity
public class Incumbency {

    @Id
    @Column(name = "employment_id")
    private UUID employmentId;

    @Column(name = "employer_id", nullable = false)
    private UUID employerId;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "rung_id")
    private UUID rungId;

    @Column(name = "occupation_code")
    private String occupationCode;

    @Column(name = "hourly_wage")
    private java.math.BigDecimal hourlyWage;

    protected Incumbency() {
    }

    public Incumbency(UUID employmentId, UUID employerId, UUID participantId) {
        this.employmentId = Objects.requireNonNull(employmentId, "employmentId");
        this.employerId = Objects.requireNonNull(employerId, "employerId");
        this.participantId = Objects.requireNonNull(participantId, "participantId");
    }

    /** The job held: its rung (null off any ladder), occupation and hourly wage. */
    public Incumbency holding(UUID rung, String occupation, java.math.BigDecimal wage) {
        rungId = rung;
        occupationCode = occupation;
        hourlyWage = wage;
        return this;
    }

    public UUID rungId() {
        return rungId;
    }

    public UUID employmentId() {
        return employmentId;
    }

    public UUID employerId() {
        return employerId;
    }

    public UUID participantId() {
        return participantId;
    }
}

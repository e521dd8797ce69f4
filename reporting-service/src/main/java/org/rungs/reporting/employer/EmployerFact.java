package org.rungs.reporting.employer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An employer in the network, the row of the by-employer breakdown. Written by upsert in {@link EmployerJoinedHandler};
 * mapped so Hibernate validates the table at start.
 */
@Entity
@Table(name = "employer_fact")
public class EmployerFact {

    @Id
    @Column(name = "employer_id")
    public UUID employerId;

    @Column(nullable = false)
    public String name;

    @Column(name = "naics_code", nullable = false)
    public String naicsCode;

    @Column(name = "size_band", nullable = false)
    public String sizeBand;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;
}

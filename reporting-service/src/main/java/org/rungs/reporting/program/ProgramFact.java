package org.rungs.reporting.program;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A program on the training asset map. Written by upsert in {@link ProgramPublishedHandler}; mapped so Hibernate
 * validates the table at start.
 */
@Entity
@Table(name = "program_fact")
public class ProgramFact {

    @Id
    @Column(name = "program_id")
    public UUID programId;

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String credential;

    @Column(name = "delivery_mode", nullable = false)
    public String deliveryMode;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}

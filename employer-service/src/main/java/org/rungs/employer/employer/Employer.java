package org.rungs.employer.employer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An employer in the network: the organisation whose jobs form the rungs of a ladder. */
@Entity
public class Employer {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "naics_code", nullable = false)
    public String naicsCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_band", nullable = false)
    public SizeBand sizeBand;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    @Version
    public int version;
}

package org.rungs.training.provider;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A training provider in the network: a college, union, community agency or other organisation that trains. */
@Entity
public class Provider {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProviderKind kind;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Version
    public int version;
}

package org.rungs.training.provider.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.rungs.spine.domain.Text;

/**
 * A training provider in the network: a college, union, community agency or other organisation that trains. Providers
 * are known only inside training-service; the network learns of their work through the programs they publish.
 */
@Entity
public class Provider {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProviderKind kind;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Version
    private int version;

    protected Provider() {
    }

    public static Provider register(UUID id, String name, ProviderKind kind, String contactEmail, Clock clock) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a provider has a name");
        }
        Provider p = new Provider();
        p.id = Objects.requireNonNull(id, "id");
        p.name = name.strip();
        p.kind = Objects.requireNonNull(kind, "kind");
        p.contactEmail = Text.optional(contactEmail);
        p.registeredAt = clock.instant();
        return p;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ProviderKind kind() {
        return kind;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}

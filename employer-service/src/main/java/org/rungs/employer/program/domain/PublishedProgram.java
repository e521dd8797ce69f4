package org.rungs.employer.program.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * employer-service's copy of a training program from the training asset map ({@code program.published.v1}): the
 * programs a ladder's transitions may name as their bridge.
 */
@Entity
@Table(name = "published_program")
public class PublishedProgram {

    @Id
    private UUID id;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String credential;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected PublishedProgram() {
    }

    public static PublishedProgram of(UUID id, UUID providerId, String title, String credential, Instant publishedAt) {
        PublishedProgram p = new PublishedProgram();
        p.id = Objects.requireNonNull(id, "id");
        p.update(providerId, title, credential, publishedAt);
        return p;
    }

    /** A later publication of the same program wins; an earlier one read late changes nothing. */
    public void update(UUID providerId, String title, String credential, Instant publishedAt) {
        if (this.publishedAt != null && publishedAt.isBefore(this.publishedAt)) {
            return;
        }
        this.providerId = Objects.requireNonNull(providerId, "providerId");
        this.title = Objects.requireNonNull(title, "title");
        this.credential = Objects.requireNonNull(credential, "credential");
        this.publishedAt = publishedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID providerId() {
        return providerId;
    }

    public String title() {
        return title;
    }

    public String credential() {
        return credential;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}

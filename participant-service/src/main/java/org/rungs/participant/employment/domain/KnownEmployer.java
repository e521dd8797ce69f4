package org.rungs.participant.employment.domain;

import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An employer of the network by name ({@code employer.joined.v1}), to show in employment histories. */
@Entity
@Table(name = "known_employer")
public class KnownEmployer {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    protected KnownEmployer() {
    }

    public KnownEmployer(UUID id, String name) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }
}

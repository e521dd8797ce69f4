package org.rungs.employer.employer.domain;

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

import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.employer.EmployerJoined;
import org.rungs.spine.domain.AggregateRoot;

/** An employer in the network: the organisation whose jobs form the rungs of a ladder. */
@Entity
public class Employer extends AggregateRoot {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(name = "naics_code", nullable = false)
    private String naicsCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_band", nullable = false)
    private SizeBand sizeBand;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Version
    private int version;

    protected Employer() {
    }

    /** An employer joins the network: {@code employer.joined.v1}. */
    public static Employer join(UUID id, String name, String naicsCode, SizeBand sizeBand, Clock clock) {
        Employer e = new Employer();
        e.id = Objects.requireNonNull(id, "id");
        e.name = requireText(name, "name");
        e.naicsCode = requireText(naicsCode, "naicsCode");
        e.sizeBand = Objects.requireNonNull(sizeBand, "sizeBand");
        e.joinedAt = clock.instant();
        e.record(EmployerEvents.EMPLOYER_JOINED,
                new EmployerJoined(e.id, e.name, e.naicsCode, e.sizeBand.label(), e.joinedAt));
        return e;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String naicsCode() {
        return naicsCode;
    }

    public SizeBand sizeBand() {
        return sizeBand;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}

package org.rungs.employer.agreement.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A rung an agreement covers, and the lowest hourly wage the employer pays a hire into it. */
@Embeddable
public class RungCommitment {

    @Column(name = "ladder_id", nullable = false)
    private UUID ladderId;

    @Column(name = "rung_id", nullable = false)
    private UUID rungId;

    @Column(name = "wage_floor", nullable = false)
    private BigDecimal wageFloor;

    protected RungCommitment() {
    }

    public RungCommitment(UUID ladderId, UUID rungId, BigDecimal wageFloor) {
        this.ladderId = Objects.requireNonNull(ladderId, "ladderId");
        this.rungId = Objects.requireNonNull(rungId, "rungId");
        this.wageFloor = Objects.requireNonNull(wageFloor, "wageFloor");
    }

    public UUID ladderId() {
        return ladderId;
    }

    public UUID rungId() {
        return rungId;
    }

    public BigDecimal wageFloor() {
        return wageFloor;
    }
}

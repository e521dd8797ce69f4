package org.rungs.employer.ladder.domain;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An hourly wage band in U.S. dollars, from ≤ to. */
@Embeddable
public class WageBand {

    @Column(name = "wage_from", nullable = false)
    private BigDecimal from;

    @Column(name = "wage_to", nullable = false)
    private BigDecimal to;

    protected WageBand() {
    }

    public WageBand(BigDecimal from, BigDecimal to) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
    }

    public BigDecimal from() {
        return from;
    }

    public BigDecimal to() {
        return to;
    }

    boolean isOrdered() {
        return from.signum() > 0 && from.compareTo(to) <= 0;
    }
}

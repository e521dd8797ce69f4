package org.rungs.matching.ladder.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A rung of a ladder: an occupation at a tier (1 = entry) with its hourly wage band, in U.S. dollars. */
@Embeddable
public class Rung {

    @Column(name = "rung_id", nullable = false)
    private UUID rungId;

    @Column(nullable = false)
    private int tier;

    @Column(name = "occupation_code", nullable = false)
    private String occupationCode;

    @Column(name = "wage_from", nullable = false)
    private BigDecimal wageFrom;

    @Column(name = "wage_to", nullable = false)
    private BigDecimal wageTo;

    /** The credentials the rung requires, as the ladder names them. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
    @Column(name = "credentials", nullable = false)
    private String[] credentials = new String[0];

    protected Rung() {
    }

    Rung(UUID rungId, int tier, String occupationCode, BigDecimal wageFrom, BigDecimal wageTo,
            java.util.List<String> credentials) {
        this.credentials = credentials.toArray(String[]::new);
        this.rungId = rungId;
        this.tier = tier;
        this.occupationCode = occupationCode;
        this.wageFrom = wageFrom;
        this.wageTo = wageTo;
    }

    public UUID rungId() {
        return rungId;
    }

    public int tier() {
        return tier;
    }

    public String occupationCode() {
        return occupationCode;
    }

    public BigDecimal wageFrom() {
        return wageFrom;
    }

    public BigDecimal wageTo() {
        return wageTo;
    }

    public java.util.List<String> credentials() {
        return java.util.List.of(credentials);
    }
}

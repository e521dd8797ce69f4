package org.rungs.employer.employment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A recorded promotion: from a rung (or occupation) to a higher one, the wage before and after, and its date. */
@Embeddable
public class Promotion {

    @Column(name = "promotion_id", nullable = false)
    private UUID id;

    @Column(name = "from_rung_id")
    private UUID fromRungId;

    @Column(name = "from_tier")
    private Integer fromTier;

    @Column(name = "from_occupation_code", nullable = false)
    private String fromOccupationCode;

    @Column(name = "to_rung_id")
    private UUID toRungId;

    @Column(name = "to_tier")
    private Integer toTier;

    @Column(name = "to_occupation_code", nullable = false)
    private String toOccupationCode;

    @Column(name = "wage_before", nullable = false)
    private BigDecimal wageBefore;

    @Column(name = "wage_after", nullable = false)
    private BigDecimal wageAfter;

    @Column(name = "promoted_on", nullable = false)
    private LocalDate promotedOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "vacancy_id")
    private UUID vacancyId;

    @Column(name = "referral_id")
    private UUID referralId;

    protected Promotion() {
    }

    Promotion(Position from, Position to, BigDecimal wageBefore, BigDecimal wageAfter, LocalDate promotedOn,
            UUID vacancyId, UUID referralId, Instant recordedAt) {
        this.vacancyId = vacancyId;
        this.referralId = referralId;
        this.id = UUID.randomUUID();
        this.fromRungId = from.rungId();
        this.fromTier = from.tier();
        this.fromOccupationCode = from.occupationCode();
        this.toRungId = to.rungId();
        this.toTier = to.tier();
        this.toOccupationCode = to.occupationCode();
        this.wageBefore = wageBefore;
        this.wageAfter = wageAfter;
        this.promotedOn = promotedOn;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public Position from() {
        return new Position(null, fromRungId, fromTier, fromOccupationCode);
    }

    public Position to() {
        return new Position(null, toRungId, toTier, toOccupationCode);
    }

    public BigDecimal wageBefore() {
        return wageBefore;
    }

    public BigDecimal wageAfter() {
        return wageAfter;
    }

    public LocalDate promotedOn() {
        return promotedOn;
    }

    public UUID vacancyId() {
        return vacancyId;
    }

    public UUID referralId() {
        return referralId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}

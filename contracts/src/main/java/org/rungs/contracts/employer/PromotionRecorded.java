package org.rungs.contracts.employer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * {@code promotion.recorded.v1}: a worker moved up with the same employer, from one rung (or occupation) to a higher
 * one; a promotion with no wage change is still a promotion. A promotion into a vacancy (an internal candidate, often
 * during its internal-first window, perhaps through a referral) names the vacancy and the referral.
 */
public record PromotionRecorded(
        @NotNull UUID promotionId,
        @NotNull UUID employmentId,
        @NotNull UUID participantId,
        @NotNull UUID employerId,
        UUID ladderId,
        UUID fromRungId,
        Integer fromTier,
        @NotBlank String fromOccupationCode,
        UUID toRungId,
        Integer toTier,
        @NotBlank String toOccupationCode,
        @NotNull @Positive BigDecimal wageBefore,
        @NotNull @Positive BigDecimal wageAfter,
        @NotNull LocalDate promotedOn,
        @NotNull Instant recordedAt,
        UUID vacancyId,
        UUID referralId) {
}

package org.rungs.contracts.employer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * {@code agreement.signed.v1}: the intermediary and an employer signed a hiring agreement covering rungs of career
 * ladders, with its commitments: interview every referred candidate who meets a rung's criteria, an internal-first
 * window for promotions, a wage floor per rung and the retention check-in schedule (days after a hire).
 */
public record AgreementSigned(
        @NotNull UUID agreementId,
        @NotNull UUID employerId,
        @NotNull List<@Valid RungCommitment> rungs,
        boolean interviewQualifiedReferrals,
        @PositiveOrZero int internalFirstDays,
        @NotNull List<@Positive Integer> checkInDays,
        @NotBlank String signedForEmployer,
        @NotBlank String signedForIntermediary,
        @NotNull LocalDate signedOn,
        @NotNull LocalDate startsOn,
        LocalDate endsOn,
        @NotNull Instant recordedAt) {

    /** A rung the agreement covers and the lowest hourly wage the employer pays a hire into it. */
    public record RungCommitment(@NotNull UUID ladderId, @NotNull UUID rungId,
            @NotNull @Positive BigDecimal wageFloor) {
    }
}

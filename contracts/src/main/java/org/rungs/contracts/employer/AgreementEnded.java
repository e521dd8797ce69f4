package org.rungs.contracts.employer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code agreement.ended.v1}: a hiring agreement ended before or at its end date, and why. */
public record AgreementEnded(
        @NotNull UUID agreementId,
        @NotNull UUID employerId,
        @NotNull LocalDate endedOn,
        @NotBlank String reason,
        @NotNull Instant recordedAt) {
}

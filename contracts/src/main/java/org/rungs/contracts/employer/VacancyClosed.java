package org.rungs.contracts.employer;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code vacancy.closed.v1}: a vacancy stopped taking candidates; {@code reason} is filled, cancelled or expired. */
public record VacancyClosed(
        @NotNull UUID vacancyId,
        @NotNull UUID employerId,
        @NotBlank String reason,
        @NotNull Instant closedAt) {
}

package org.rungs.contracts.employer;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** {@code vacancy.filled.v1}: hires took every opening of a vacancy; it proposes no more candidates. */
public record VacancyFilled(
        @NotNull UUID vacancyId,
        @NotNull UUID employerId,
        @Positive int openings,
        @NotNull Instant filledAt) {
}

package org.rungs.contracts.training;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code cohort.cancelled.v1}: a scheduled cohort will not run; its enrolments were withdrawn. */
public record CohortCancelled(
        @NotNull UUID cohortId,
        @NotNull UUID programId,
        @NotBlank String reason,
        @NotNull Instant cancelledAt) {
}

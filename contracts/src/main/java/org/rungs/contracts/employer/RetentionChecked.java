package org.rungs.contracts.employer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * {@code retention.checked.v1}: a scheduled retention check-in (N days after the hire) found the worker still employed
 * (with their wage, rung and occupation then) or separated.
 */
public record RetentionChecked(
        @NotNull UUID employmentId,
        @NotNull UUID participantId,
        @NotNull UUID employerId,
        @Positive int daysAfterHire,
        @NotNull LocalDate dueOn,
        @NotNull LocalDate checkedOn,
        boolean stillEmployed,
        BigDecimal hourlyWage,
        UUID rungId,
        String occupationCode,
        @NotNull Instant recordedAt) {
}

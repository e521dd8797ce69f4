package org.rungs.contracts.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * {@code pathway.proposed.v1}: matching-service proposes (again) a participant's pathway to a rung of a ladder: the
 * route from the rung they hold ({@code fromRungId}; null when they enter the ladder) with what each step needs that
 * they lack, and the training plan that closes those gaps (cohorts in start order, total weeks and cost, the gaps no
 * cohort can close, whether the plan is optimal or a greedy approximation). Keyed by the pathway id (participant,
 * ladder, target rung); a later proposal supersedes an earlier. No free text, no personal data.
 */
public record PathwayProposed(
        @NotNull UUID pathwayId,
        @NotNull UUID participantId,
        @NotNull UUID ladderId,
        @NotNull UUID targetRungId,
        UUID fromRungId,
        @NotNull List<@Valid Step> steps,
        @NotNull List<@Valid Cohort> plan,
        @PositiveOrZero int totalWeeks,
        @NotNull @PositiveOrZero BigDecimal totalCost,
        @NotNull List<@Valid Gap> uncovered,
        @NotBlank String optimizedFor,
        boolean exact,
        @NotNull Instant proposedAt) {

    /** A step into a rung, with what it needs that the participant lacks. */
    public record Step(@NotNull UUID toRungId, @NotNull List<@Valid Gap> missing) {
    }

    /** A gap: an O*NET element at a level, or a credential by name. */
    public record Gap(String elementId, @DecimalMin("0") @DecimalMax("7") BigDecimal level, String credential) {
    }

    /** A cohort of the plan. */
    public record Cohort(@NotNull UUID cohortId, @NotNull UUID programId, @NotNull LocalDate startDate,
            @NotNull LocalDate endDate, @PositiveOrZero int weeks, @NotNull @PositiveOrZero BigDecimal cost) {
    }
}

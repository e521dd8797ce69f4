package org.rungs.contracts.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * {@code cohort.scheduled.v1}: a provider scheduled a cohort of a program: its dates, the days and times it meets
 * ({@code meetingDays} monday..sunday; none for self-paced), how it is delivered and where, its seats and what it costs
 * the participant.
 */
public record CohortScheduled(
        @NotNull UUID cohortId,
        @NotNull UUID programId,
        @NotNull UUID providerId,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotNull List<String> meetingDays,
        LocalTime startTime,
        LocalTime endTime,
        @NotBlank String deliveryMode,
        String location,
        @Positive int seats,
        @NotNull BigDecimal costToParticipant,
        @NotNull Instant scheduledAt) {
}

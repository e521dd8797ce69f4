package org.rungs.contracts.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code participant.excluded.v1}: a navigator recorded that a participant leaves performance measurement (TEGL 10-16,
 * Change 3; PIRL 923) for the period of participation that {@code date} falls in (its start is {@code periodStart},
 * absent when no period had started). Outcome reports drop the period from numerators and denominators.
 */
public record ParticipantExcluded(
        @NotNull UUID exclusionId,
        @NotNull UUID participantId,
        @NotBlank String reason,
        @NotBlank String pirlCode,
        @NotNull LocalDate date,
        LocalDate periodStart,
        @NotNull Instant recordedAt) {
}

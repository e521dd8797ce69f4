package org.rungs.contracts.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code participant.exited.v1}: 90 days passed with no service that keeps the participant participating and none
 * scheduled. {@code exitDate} is the day of the last such service (PIRL 901), {@code periodStart} the first day of the
 * period of participation it ends (PIRL 900). {@code exclusion} is set when the participant is excluded from
 * performance for the period (PIRL 923); absent otherwise. One event per period, never moved once announced.
 */
public record ParticipantExited(
        @NotNull UUID participantId,
        @NotBlank String partnerAgency,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate exitDate,
        @Valid Exclusion exclusion,
        @NotNull Instant announcedAt) {

    /** A reason the period is left out of performance, with the PIRL 923 code and the day it arose. */
    public record Exclusion(@NotBlank String reason, @NotBlank String pirlCode, @NotNull LocalDate date) {
    }
}

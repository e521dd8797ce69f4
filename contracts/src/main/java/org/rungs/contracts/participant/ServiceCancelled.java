package org.rungs.contracts.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code service.cancelled.v1}: a scheduled service will not take place; it no longer holds an exit. */
public record ServiceCancelled(
        @NotNull UUID serviceId,
        @NotNull UUID participantId,
        @NotNull LocalDate date,
        @NotBlank String reason,
        @NotNull Instant cancelledAt) {
}

package org.rungs.contracts.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code support.changed.v1}: a support referral moved on, to {@code started} (the provider began the support) or
 * {@code ended} (with {@code outcome}: completed, declined or unavailable), on the day {@code on}.
 */
public record SupportChanged(
        @NotNull UUID supportId,
        @NotNull UUID participantId,
        @NotBlank String status,
        String outcome,
        @NotNull LocalDate on,
        @NotNull Instant recordedAt) {
}

package org.rungs.contracts.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code support.referred.v1}: a navigator referred a participant to a support provider for a barrier (childcare,
 * transportation, housing...). The provider's name travels; what the participant told the navigator does not.
 */
public record SupportReferred(
        @NotNull UUID supportId,
        @NotNull UUID participantId,
        @NotBlank String partnerAgency,
        @NotBlank String barrier,
        @NotBlank String provider,
        @NotNull LocalDate referredOn,
        @NotNull Instant recordedAt) {
}

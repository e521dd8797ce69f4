package org.rungs.contracts.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code service.recorded.v1}: a navigator logged a service to a participant, delivered on {@code date} or, when that
 * is after the day it was logged, scheduled for it. {@code kind} is one of career-service, training, support-service,
 * follow-up, self-service, information-only; the first three keep a participant participating (the 90-day exit rule).
 */
public record ServiceRecorded(
        @NotNull UUID serviceId,
        @NotNull UUID participantId,
        @NotBlank String partnerAgency,
        @NotBlank String kind,
        @NotNull LocalDate date,
        boolean keepsParticipating,
        @NotNull Instant recordedAt) {
}

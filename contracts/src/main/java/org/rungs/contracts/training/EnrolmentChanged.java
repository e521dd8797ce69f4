package org.rungs.contracts.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code enrolment.changed.v1}: a participant's enrolment in a cohort, whole, after it changed: {@code enrolled}, then
 * {@code withdrawn} (with its reason) or {@code completed}, each on its day.
 */
public record EnrolmentChanged(
        @NotNull UUID enrolmentId,
        @NotNull UUID participantId,
        @NotNull UUID cohortId,
        @NotNull UUID programId,
        @NotNull UUID providerId,
        @NotBlank String status,
        @NotNull LocalDate enrolledOn,
        LocalDate withdrawnOn,
        String withdrawalReason,
        LocalDate completedOn,
        @NotNull Instant changedAt) {
}

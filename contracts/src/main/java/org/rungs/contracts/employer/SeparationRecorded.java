package org.rungs.contracts.employer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code separation.recorded.v1}: a worker left the employer: voluntary, involuntary, laid-off or other. */
public record SeparationRecorded(
        @NotNull UUID employmentId,
        @NotNull UUID participantId,
        @NotNull UUID employerId,
        @NotNull LocalDate separatedOn,
        @NotBlank String reason,
        @NotNull Instant recordedAt) {
}

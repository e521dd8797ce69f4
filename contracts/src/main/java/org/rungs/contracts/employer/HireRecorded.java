package org.rungs.contracts.employer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * {@code hire.recorded.v1}: a participant started a job with an employer: through a referral to a vacancy, directly, or
 * (for an incumbent worker) recorded as the job they already hold. It starts an employment; the retention check-ins it
 * schedules are due on {@code checkInsDue}.
 */
public record HireRecorded(
        @NotNull UUID employmentId,
        @NotNull UUID participantId,
        @NotNull UUID employerId,
        UUID vacancyId,
        UUID referralId,
        UUID ladderId,
        UUID rungId,
        Integer tier,
        @NotBlank String occupationCode,
        @NotNull LocalDate startDate,
        @NotNull @Positive BigDecimal hourlyWage,
        @NotNull @Positive BigDecimal weeklyHours,
        boolean incumbent,
        @NotNull List<LocalDate> checkInsDue,
        @NotNull Instant recordedAt) {
}

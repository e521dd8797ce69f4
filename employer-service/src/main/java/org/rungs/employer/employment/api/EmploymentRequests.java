package org.rungs.employer.employment.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rungs.employer.employment.application.RecordHire;
import org.rungs.employer.employment.application.RecordPromotion;
import org.rungs.employer.employment.domain.SeparationReason;

/** The bodies of the employment requests. */
final class EmploymentRequests {

    static final String OCCUPATION = "\\d{2}-\\d{4}\\.\\d{2}|\\d{5}";
    static final String OCCUPATION_MESSAGE = "must be an O*NET-SOC code (31-1131.00) or a NOC 2021 unit group (33102)";

    private EmploymentRequests() {
    }

    /**
     * A hire: into a vacancy (which names the rung and occupation), at a rung ({@code ladderId} + {@code rungId}), or
     * at an occupation. From a referral, the referral's vacancy is the vacancy and the referral moves to hired.
     * {@code incumbent} marks the job an incumbent worker already holds.
     */
    record Hire(
            @NotNull UUID participantId,
            UUID vacancyId,
            UUID referralId,
            UUID ladderId,
            UUID rungId,
            @Pattern(regexp = OCCUPATION, message = OCCUPATION_MESSAGE) String occupationCode,
            @NotNull @Schema(example = "2026-11-16") LocalDate startDate,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 2) @Schema(example = "19.50") BigDecimal hourlyWage,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("80") @Digits(integer = 2, fraction = 2) @Schema(example = "36") BigDecimal weeklyHours,
            Boolean incumbent) {

        RecordHire.Command command(UUID employerId, String recordedBy) {
            return new RecordHire.Command(employerId, participantId, vacancyId, referralId, ladderId, rungId,
                    occupationCode, startDate, hourlyWage, weeklyHours, Boolean.TRUE.equals(incumbent), recordedBy);
        }
    }

    /**
     * A promotion to a rung (of the worker's ladder unless {@code ladderId} says otherwise) or an occupation; or into
     * one of the employer's vacancies ({@code vacancyId}, or the vacancy of {@code referralId}), whose rung it takes.
     */
    record Promotion(
            UUID ladderId,
            UUID rungId,
            @Pattern(regexp = OCCUPATION, message = OCCUPATION_MESSAGE) String occupationCode,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal wageAfter,
            @NotNull LocalDate promotedOn,
            UUID vacancyId,
            UUID referralId) {

        RecordPromotion.Command command(UUID employmentId, String recordedBy) {
            return new RecordPromotion.Command(employmentId, ladderId, rungId, occupationCode, wageAfter, promotedOn,
                    vacancyId, referralId, recordedBy);
        }
    }

    /**
     * A retention check-in: still employed (with the hourly wage then, when known: a raise without a promotion), or
     * not, and then when and why they left.
     */
    record CheckIn(
            @NotNull @Min(1) @Max(1095) @Schema(example = "90") Integer daysAfterHire,
            @NotNull LocalDate checkedOn,
            @NotNull Boolean stillEmployed,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal hourlyWage,
            LocalDate separatedOn,
            SeparationReason separationReason) {
    }

    /** A separation. */
    record Separation(@NotNull LocalDate separatedOn, @NotNull SeparationReason reason) {
    }
}

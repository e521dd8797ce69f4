package org.rungs.training.cohort.api;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rungs.training.cohort.domain.Cohort;
import org.rungs.training.program.domain.DeliveryMode;

/** The bodies of the cohort endpoints. */
public final class CohortRequests {

    private CohortRequests() {
    }

    static final String DAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

    /** A cohort to schedule. */
    public record ScheduleCohort(
            @NotNull @Schema(example = "2027-01-11") LocalDate startDate,
            @NotNull @Schema(example = "2027-03-05") LocalDate endDate,
            @Size(max = 7) @Schema(description = "monday..sunday; none for a self-paced cohort", example = "[\"monday\",\"wednesday\"]") List<@NotNull @Pattern(regexp = DAY, message = "must be a day of the week, monday to sunday") String> meetingDays,
            @Schema(description = "HH:mm", example = "18:00") LocalTime startTime,
            @Schema(description = "HH:mm", example = "21:00") LocalTime endTime,
            @NotNull @Schema(description = "in-person, online or hybrid") DeliveryMode deliveryMode,
            @Size(max = 300) @Schema(example = "Northside College, Room B204") String location,
            @NotNull @Min(1) @Max(Cohort.MAX_SEATS) @Schema(example = "18") Integer seats,
            @NotNull @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) @Schema(example = "0") BigDecimal costToParticipant) {

        Cohort.Plan plan() {
            EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            if (meetingDays != null) {
                meetingDays.forEach(d -> days.add(DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT))));
            }
            return new Cohort.Plan(startDate, endDate, days, startTime, endTime, deliveryMode, location, seats,
                    costToParticipant);
        }
    }

    /** Why a cohort will not run. */
    public record CancelCohort(@NotBlank @Size(max = 500) @Schema(example = "Too few enrolments") String reason) {
    }
}

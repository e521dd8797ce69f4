package org.rungs.employer.vacancy.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rungs.employer.ladder.domain.RequiredSkill;
import org.rungs.employer.vacancy.application.OpenVacancy;
import org.rungs.employer.vacancy.domain.Shift;
import org.rungs.spine.reference.OnetElementId;
import org.rungs.spine.reference.OnetOccupationCode;

/** A vacancy to open. Skills are O*NET element ids with a minimum level on O*NET's 0–7 level scale. */
public record OpenVacancyRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Certified Nursing Assistant") String title,
        @OnetOccupationCode @Schema(example = "31-1131.00", description = "Required unless the vacancy is at a rung, whose occupation it then takes") String occupationCode,
        @NotNull @Size(min = 1, max = 40) List<@NotNull @Valid Requirement> requiredSkills,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 2) @Schema(example = "19.50") BigDecimal hourlyWage,
        @NotNull @Min(1) @Max(1000) @Schema(example = "3") Integer openings,
        @NotNull Shift shift,
        @Schema(description = "The published ladder of the rung the vacancy is at") UUID ladderId,
        @Schema(description = "The rung the vacancy is at; the employer must hire into it") UUID rungId,
        @Schema(description = "Until this day (inclusive) only the employer's incumbent workers are proposed. Left out "
                + "at a rung that a hiring agreement in force covers, it is today plus the agreement's internal-first "
                + "days.") LocalDate internalFirstUntil,
        @Schema(description = "Keep it as a draft, announced only when opened (POST /vacancies/{id}/open)") Boolean draft,
        @Schema(description = "The day it opened, when that was before today (records entered late or moved from "
                + "another system)") LocalDate openedOn) {

    public record Requirement(
            @NotNull @OnetElementId @Schema(example = "2.A.1.a") String elementId,
            @NotNull @DecimalMin("0") @DecimalMax("7") @Digits(integer = 1, fraction = 2) @Schema(example = "3.0") BigDecimal minimumLevel) {
    }

    OpenVacancy.Command command(UUID employerId) {
        return new OpenVacancy.Command(employerId, title, occupationCode,
                requiredSkills.stream().map(r -> new RequiredSkill(r.elementId(), r.minimumLevel())).toList(),
                hourlyWage, openings, shift, ladderId, rungId, internalFirstUntil, Boolean.TRUE.equals(draft),
                openedOn);
    }
}

package org.rungs.contracts.employer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.rungs.contracts.common.SkillLevel;

/**
 * {@code vacancy.opened.v1}: an employer opened a vacancy for an O*NET-SOC occupation with required skills (O*NET
 * element ids with a minimum level on the 0–7 level scale). A vacancy at a rung of a published career ladder names the
 * ladder, the rung and its tier; until {@code internalFirstUntil} (inclusive) only the employer's incumbent workers are
 * proposed for it.
 */
public record VacancyOpened(
        @NotNull UUID vacancyId,
        @NotNull UUID employerId,
        @NotBlank String title,
        @NotBlank String occupationCode,
        @NotNull List<@Valid SkillLevel> requiredSkills,
        @NotNull @Positive BigDecimal hourlyWage,
        @Positive int openings,
        @NotBlank String shift,
        @NotNull Instant openedAt,
        UUID ladderId,
        UUID rungId,
        Integer tier,
        LocalDate internalFirstUntil) {
}

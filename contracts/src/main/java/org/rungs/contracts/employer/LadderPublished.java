package org.rungs.contracts.employer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.rungs.contracts.common.SkillLevel;

/**
 * {@code ladder.published.v1}: a network admin published a career ladder, whole: its rungs (occupations by tier, wage
 * bands, required skills and credentials, the employers that hire into each with their own job titles) and the
 * transitions between rungs with their promotion criteria and bridging programs. Each publication of a ladder is a new
 * version; a consumer keeps the highest version it has seen.
 */
public record LadderPublished(
        @NotNull UUID ladderId,
        @Positive int version,
        @NotBlank String title,
        @NotBlank String naicsCode,
        @NotBlank String region,
        @NotBlank String taxonomy,
        @NotBlank String kind,
        @NotNull @Size(min = 1) List<@Valid Rung> rungs,
        @NotNull List<@Valid Transition> transitions,
        @NotNull Instant publishedAt) {

    /** One rung: an occupation at a tier (1 = entry), with its hourly wage band in U.S. dollars. */
    public record Rung(
            @NotNull UUID rungId,
            @Positive int tier,
            @NotBlank String occupationCode,
            @NotBlank String localTitle,
            @NotNull @Valid WageBand wageBand,
            @NotNull List<@Valid SkillLevel> requiredSkills,
            @NotNull List<String> requiredCredentials,
            @NotNull List<@Valid RungEmployer> employers) {
    }

    /** An hourly wage band, in U.S. dollars. */
    public record WageBand(@NotNull @Positive BigDecimal from, @NotNull @Positive BigDecimal to) {
    }

    /** An employer that hires into a rung, and its own title for the job. */
    public record RungEmployer(@NotNull UUID employerId, @NotBlank String jobTitle) {
    }

    /**
     * A step from one rung to another: vertical (next tier, same occupation family), diagonal (next tier, another
     * family or employer) or horizontal (same tier, another family), with what it takes: skills at levels, months in
     * the rung, a credential, and the training programs that bridge it.
     */
    public record Transition(
            @NotNull UUID transitionId,
            @NotNull UUID fromRungId,
            @NotNull UUID toRungId,
            @NotBlank String kind,
            @NotNull List<@Valid SkillLevel> requiredSkills,
            Integer monthsInRung,
            String credential,
            @NotNull List<UUID> bridgingPrograms) {
    }
}

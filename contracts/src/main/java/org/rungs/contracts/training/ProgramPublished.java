package org.rungs.contracts.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.rungs.contracts.common.SkillLevel;

/**
 * {@code program.published.v1}: a training provider published a program to the training asset map: the skills it
 * teaches and the level reached, the credential it awards, how, when and for how long it runs, who may enter and what
 * it costs. Added within v1 (absent from earlier events): {@code credentialType} (recognised-postsecondary,
 * secondary-diploma, industry-certificate or certificate-of-completion), {@code entrySkills} (the levels an entrant
 * needs) and {@code prerequisitePrograms} (programs whose credential an entrant holds).
 */
public record ProgramPublished(
        @NotNull UUID programId,
        @NotNull UUID providerId,
        @NotBlank String title,
        @NotNull List<String> occupationCodes,
        @NotNull List<@Valid SkillLevel> skillsTaught,
        @NotBlank String credential,
        @NotBlank String deliveryMode,
        int durationWeeks,
        int durationHours,
        @NotBlank String schedule,
        String entranceRequirements,
        @NotNull BigDecimal cost,
        @NotNull Instant publishedAt,
        String credentialType,
        List<@Valid SkillLevel> entrySkills,
        List<UUID> prerequisitePrograms) {
}

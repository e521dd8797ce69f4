package org.rungs.contracts.participant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code skill.attained.v1}: a participant's record now shows an O*NET skill or knowledge element at a level.
 * {@code source} is one of {@code assessed}, {@code credential}, {@code self-reported}.
 */
public record SkillAttained(
        @NotNull UUID participantId,
        @NotNull UUID skillRecordId,
        @NotBlank String elementId,
        @NotNull @DecimalMin("0") @DecimalMax("7") BigDecimal level,
        @NotBlank String source,
        @NotNull Instant attainedAt) {
}

package org.rungs.contracts.common;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A required skill set against what a participant has: {@code participantLevel} is null when the participant has no
 * record of the element.
 */
public record SkillGap(@NotBlank String elementId, @NotNull BigDecimal requiredLevel, BigDecimal participantLevel) {
}

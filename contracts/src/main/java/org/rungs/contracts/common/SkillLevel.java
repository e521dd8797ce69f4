package org.rungs.contracts.common;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A skill or knowledge element (O*NET element id) at a level on O*NET's 0–7 level scale. */
public record SkillLevel(@NotBlank String elementId, @NotNull @DecimalMin("0") @DecimalMax("7") BigDecimal level) {
}

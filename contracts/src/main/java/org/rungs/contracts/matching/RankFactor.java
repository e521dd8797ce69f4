package org.rungs.contracts.matching;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One factor of a candidate's rank: {@code coverage}, {@code level-gaps}, {@code credentials}, {@code rung-fit},
 * {@code wage-gain}, {@code internal} or {@code schedule}; its value (0–1), the weight it carries and why it has that
 * value, in words.
 */
public record RankFactor(
        @NotBlank String factor,
        @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal value,
        @NotNull @DecimalMin("0") BigDecimal weight,
        @NotBlank String reason) {
}

package org.rungs.employer.ladder.domain;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A skill or knowledge element (O*NET element id) a rung, transition or vacancy requires, at a minimum level on O*NET's
 * 0–7 scale.
 */
@Embeddable
public class RequiredSkill {

    private static final BigDecimal MAX_LEVEL = BigDecimal.valueOf(7);

    @Column(name = "element_id", nullable = false)
    private String elementId;

    @Column(name = "minimum_level", nullable = false)
    private BigDecimal minimumLevel;

    protected RequiredSkill() {
    }

    public RequiredSkill(String elementId, BigDecimal minimumLevel) {
        this.elementId = Objects.requireNonNull(elementId, "elementId");
        this.minimumLevel = Objects.requireNonNull(minimumLevel, "minimumLevel");
        if (minimumLevel.signum() < 0 || minimumLevel.compareTo(MAX_LEVEL) > 0) {
            throw new IllegalArgumentException("a level is on O*NET's 0-7 scale: " + minimumLevel);
        }
    }

    public String elementId() {
        return elementId;
    }

    public BigDecimal minimumLevel() {
        return minimumLevel;
    }
}

package org.rungs.training.program.domain;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A skill or knowledge element a program teaches, and the level a completer reaches on O*NET's 0–7 scale. */
@Embeddable
public class TaughtSkill {

    @Column(name = "element_id", nullable = false)
    private String elementId;

    @Column(nullable = false)
    private BigDecimal level;

    protected TaughtSkill() {
    }

    public TaughtSkill(String elementId, BigDecimal level) {
        this.elementId = Objects.requireNonNull(elementId, "elementId");
        this.level = Objects.requireNonNull(level, "level");
        if (level.signum() < 0 || level.compareTo(BigDecimal.valueOf(7)) > 0) {
            throw new IllegalArgumentException("a level is on O*NET's 0-7 scale: " + level);
        }
    }

    public String elementId() {
        return elementId;
    }

    public BigDecimal level() {
        return level;
    }
}

package org.rungs.training.program;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A skill or knowledge element a program teaches, and the level a completer reaches on O*NET's 0–7 scale. */
@Embeddable
public class TaughtSkill {

    @Column(name = "element_id", nullable = false)
    public String elementId;

    @Column(nullable = false)
    public BigDecimal level;

    protected TaughtSkill() {
    }

    public TaughtSkill(String elementId, BigDecimal level) {
        this.elementId = elementId;
        this.level = level;
    }
}

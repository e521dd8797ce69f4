package org.rungs.employer.vacancy;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A skill or knowledge element a vacancy requires, at a minimum level on O*NET's 0–7 scale. */
@Embeddable
public class RequiredSkill {

    @Column(name = "element_id", nullable = false)
    public String elementId;

    @Column(name = "minimum_level", nullable = false)
    public BigDecimal minimumLevel;

    protected RequiredSkill() {
    }

    public RequiredSkill(String elementId, BigDecimal minimumLevel) {
        this.elementId = elementId;
        this.minimumLevel = minimumLevel;
    }
}

package org.rungs.matching.ladder.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An O*NET element at a minimum level (0–7 level scale) that a rung requires, or that a transition's promotion criteria
 * require; {@code owner} is the rung's or the transition's id (mapped to {@code rung_id} or {@code transition_id}).
 */
@Embeddable
public class RequiredLevel {

    @Column(name = "owner_id", nullable = false)
    private UUID owner;

    @Column(name = "element_id", nullable = false)
    private String elementId;

    @Column(nullable = false)
    private BigDecimal level;

    protected RequiredLevel() {
    }

    RequiredLevel(UUID owner, String elementId, BigDecimal level) {
        this.owner = owner;
        this.elementId = elementId;
        this.level = level;
    }

    public UUID owner() {
        return owner;
    }

    public String elementId() {
        return elementId;
    }

    public BigDecimal level() {
        return level;
    }
}

package org.rungs.matching.ladder.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A step from one rung to another: {@code vertical}, {@code diagonal} or {@code horizontal}, with what it takes besides
 * skills: months in the rung and a credential, when required.
 */
@Embeddable
public class Transition {

    @Column(name = "transition_id", nullable = false)
    private UUID transitionId;

    @Column(name = "from_rung_id", nullable = false)
    private UUID fromRungId;

    @Column(name = "to_rung_id", nullable = false)
    private UUID toRungId;

    @Column(nullable = false)
    private String kind;

    @Column(name = "months_in_rung")
    private Integer monthsInRung;

    private String credential;

    protected Transition() {
    }

    Transition(UUID transitionId, UUID fromRungId, UUID toRungId, String kind, Integer monthsInRung,
            String credential) {
        this.transitionId = transitionId;
        this.fromRungId = fromRungId;
        this.toRungId = toRungId;
        this.kind = kind;
        this.monthsInRung = monthsInRung;
        this.credential = credential;
    }

    public UUID transitionId() {
        return transitionId;
    }

    public UUID fromRungId() {
        return fromRungId;
    }

    public UUID toRungId() {
        return toRungId;
    }

    public String kind() {
        return kind;
    }

    /** Months in the rung the step requires; null when none. */
    public Integer monthsInRung() {
        return monthsInRung;
    }

    /** The credential the step requires; null when none. */
    public String credential() {
        return credential;
    }
}

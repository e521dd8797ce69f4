package org.rungs.participant.plan.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A rung of a published career ladder ({@code ladder.published.v1}), so a career plan names a goal that exists; a
 * retired ladder's rungs stay known but take no new plans.
 */
@Entity
@Table(name = "known_rung")
public class KnownRung {

    @Id
    @Column(name = "rung_id")
    private UUID rungId;

    @Column(name = "ladder_id", nullable = false)
    private UUID ladderId;

    @Column(name = "ladder_title", nullable = false)
    private String ladderTitle;

    @Column(nullable = false)
    private int tier;

    @Column(name = "occupation_code", nullable = false)
    private String occupationCode;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private boolean retired;

    protected KnownRung() {
    }

    public KnownRung(UUID rungId, UUID ladderId, String ladderTitle, int tier, String occupationCode, String title) {
        this.rungId = rungId;
        this.ladderId = ladderId;
        this.ladderTitle = ladderTitle;
        this.tier = tier;
        this.occupationCode = occupationCode;
        this.title = title;
    }

    public void retire() {
        retired = true;
    }

    public UUID rungId() {
        return rungId;
    }

    public UUID ladderId() {
        return ladderId;
    }

    public String ladderTitle() {
        return ladderTitle;
    }

    public int tier() {
        return tier;
    }

    public String occupationCode() {
        return occupationCode;
    }

    public String title() {
        return title;
    }

    public boolean retired() {
        return retired;
    }
}

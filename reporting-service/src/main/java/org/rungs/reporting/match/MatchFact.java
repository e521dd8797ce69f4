package org.rungs.reporting.match;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A match matching-service proposed (one per vacancy and participant), with its latest score; counted for the
 * participant's partner agency at query time. Written by upsert in {@link MatchProposedHandler}; mapped so Hibernate
 * validates the table at start.
 */
@Entity
@Table(name = "match_fact")
public class MatchFact {

    @Id
    @Column(name = "match_id")
    public UUID matchId;

    @Column(name = "vacancy_id", nullable = false)
    public UUID vacancyId;

    @Column(name = "employer_id", nullable = false)
    public UUID employerId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(nullable = false, precision = 5, scale = 4)
    public BigDecimal score;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;
}

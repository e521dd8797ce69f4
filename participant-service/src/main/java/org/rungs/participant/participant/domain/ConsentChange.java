package org.rungs.participant.participant.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a participant's consent history: the value their consent took, who recorded it and when. */
@Entity
@Table(name = "consent_change")
public class ConsentChange {

    @Id
    private UUID id;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "share_with_employers", nullable = false)
    private boolean shareWithEmployers;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ConsentChange() {
    }

    ConsentChange(UUID participantId, boolean shareWithEmployers, String changedBy, Instant changedAt) {
        this.id = UUID.randomUUID();
        this.participantId = participantId;
        this.shareWithEmployers = shareWithEmployers;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public UUID participantId() {
        return participantId;
    }

    public boolean shareWithEmployers() {
        return shareWithEmployers;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}

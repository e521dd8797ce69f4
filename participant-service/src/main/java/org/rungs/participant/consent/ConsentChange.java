package org.rungs.participant.consent;

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
    public UUID id;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(name = "share_with_employers", nullable = false)
    public boolean shareWithEmployers;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    protected ConsentChange() {
    }

    public ConsentChange(UUID participantId, boolean shareWithEmployers, String changedBy, Instant changedAt) {
        this.id = UUID.randomUUID();
        this.participantId = participantId;
        this.shareWithEmployers = shareWithEmployers;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }
}

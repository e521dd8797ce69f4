package org.rungs.participant.participation.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.contracts.participant.ParticipantExcluded;
import org.rungs.spine.domain.AggregateRoot;
import org.rungs.spine.domain.Text;

/**
 * A participant leaves performance measurement for the period of participation the exclusion's day falls in: they are
 * counted in neither the numerator nor the denominator of any indicator for that period.
 */
@Entity
@Table(name = "performance_exclusion")
public class Exclusion extends AggregateRoot {

    @Id
    private UUID id;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExclusionReason reason;

    @Column(name = "exclusion_date", nullable = false)
    private LocalDate date;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(length = 1000)
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Exclusion() {
    }

    /**
     * Records an exclusion ({@code participant.excluded.v1}).
     *
     * @param periodStart
     *            the start of the period of participation the day falls in; null when none had started
     */
    public static Exclusion record(UUID participantId, ExclusionReason reason, LocalDate date, LocalDate periodStart,
            String note, String recordedBy, Clock clock) {
        Exclusion e = new Exclusion();
        e.id = UUID.randomUUID();
        e.participantId = participantId;
        e.reason = reason;
        e.date = date;
        e.periodStart = periodStart;
        e.note = Text.optional(note);
        e.recordedBy = recordedBy;
        e.recordedAt = clock.instant();
        e.record(ParticipantEvents.PARTICIPANT_EXCLUDED, new ParticipantExcluded(e.id, participantId, reason.wire(),
                reason.pirlCode(), date, periodStart, e.recordedAt));
        return e;
    }

    public UUID id() {
        return id;
    }

    public UUID participantId() {
        return participantId;
    }

    public ExclusionReason reason() {
        return reason;
    }

    public LocalDate date() {
        return date;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}

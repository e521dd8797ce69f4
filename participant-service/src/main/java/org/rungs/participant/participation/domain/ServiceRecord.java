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
import org.rungs.contracts.participant.ServiceCancelled;
import org.rungs.contracts.participant.ServiceRecorded;
import org.rungs.spine.domain.AggregateRoot;
import org.rungs.spine.domain.RecordedDay;
import org.rungs.spine.domain.Text;

/**
 * One entry of a participant's services log: a service of a kind on a day, delivered (the day has come) or scheduled
 * (logged ahead of its day). A scheduled service may be cancelled; a delivered one stands.
 */
@Entity
@Table(name = "service_record")
public class ServiceRecord extends AggregateRoot {

    /** How far ahead a service may be scheduled. */
    public static final int MAX_DAYS_AHEAD = 366;

    @Id
    private UUID id;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceKind kind;

    @Column(name = "service_date", nullable = false)
    private LocalDate date;

    @Column(length = 500)
    private String description;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "logged_on", nullable = false)
    private LocalDate loggedOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    protected ServiceRecord() {
    }

    /**
     * Logs a service ({@code service.recorded.v1}). The caller has checked the day against the participant's program
     * entry and announced exits.
     *
     * @throws ServiceRefused
     *             when the day is more than a year ahead
     */
    public static ServiceRecord log(UUID participantId, String partnerAgency, ServiceKind kind, LocalDate date,
            String description, String recordedBy, Clock clock) {
        LocalDate today = RecordedDay.today(clock);
        if (date.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new ServiceRefused("date", "may be at most " + MAX_DAYS_AHEAD + " days ahead");
        }
        ServiceRecord s = new ServiceRecord();
        s.id = UUID.randomUUID();
        s.participantId = participantId;
        s.kind = kind;
        s.date = date;
        s.description = Text.optional(description);
        s.recordedBy = recordedBy;
        s.loggedOn = today;
        s.recordedAt = clock.instant();
        s.record(ParticipantEvents.SERVICE_RECORDED, new ServiceRecorded(s.id, participantId, partnerAgency,
                kind.wire(), date, kind.keepsParticipating(), s.recordedAt));
        return s;
    }

    /**
     * A scheduled service will not take place ({@code service.cancelled.v1}); cancelling it again changes nothing.
     *
     * @return whether this call cancelled it
     * @throws ServiceDelivered
     *             when its day has come
     */
    public boolean cancel(String reason, String by, Clock clock) {
        if (cancelled()) {
            return false;
        }
        if (!date.isAfter(RecordedDay.today(clock))) {
            throw new ServiceDelivered(id, date);
        }
        cancelledAt = clock.instant();
        cancelledBy = by;
        cancelReason = reason.strip();
        record(ParticipantEvents.SERVICE_CANCELLED,
                new ServiceCancelled(id, participantId, date, cancelReason, cancelledAt));
        return true;
    }

    /** The service as the 90-day rule sees it. */
    public ExitRule.Service forExitRule() {
        return new ExitRule.Service(date, kind, loggedOn);
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID participantId() {
        return participantId;
    }

    public ServiceKind kind() {
        return kind;
    }

    public LocalDate date() {
        return date;
    }

    public String description() {
        return description;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDate loggedOn() {
        return loggedOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelledBy() {
        return cancelledBy;
    }

    public String cancelReason() {
        return cancelReason;
    }
}

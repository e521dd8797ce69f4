package org.rungs.participant.support.domain;

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
import jakarta.persistence.Version;

import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.contracts.participant.SupportChanged;
import org.rungs.contracts.participant.SupportReferred;
import org.rungs.participant.participant.domain.Barrier;
import org.rungs.spine.domain.AggregateRoot;
import org.rungs.spine.domain.RecordedDay;
import org.rungs.spine.domain.Text;

/**
 * A navigator refers a participant to a support provider for a barrier (a childcare subsidy, a transit pass, housing
 * help); the support starts, then ends with an outcome, or ends without starting (declined, unavailable). Each day is
 * the day it happened, on or after the one before, never in the future.
 */
@Entity
@Table(name = "support_referral")
public class SupportReferral extends AggregateRoot {

    @Id
    private UUID id;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Barrier barrier;

    @Column(nullable = false, length = 200)
    private String provider;

    @Column(length = 500)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SupportStatus status;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    private SupportOutcome outcome;

    @Column(name = "referred_by", nullable = false)
    private String referredBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private int version;

    protected SupportReferral() {
    }

    /**
     * Refers the participant ({@code support.referred.v1}); the caller has checked the day against program entry.
     *
     * @param on
     *            the day of the referral; today when null
     */
    public static SupportReferral refer(UUID participantId, String partnerAgency, Barrier barrier, String provider,
            String description, LocalDate on, String referredBy, Clock clock) {
        SupportReferral s = new SupportReferral();
        s.id = UUID.randomUUID();
        s.participantId = participantId;
        s.barrier = barrier;
        s.provider = provider.strip();
        s.description = Text.optional(description);
        s.status = SupportStatus.REFERRED;
        s.referredOn = day(on, "on", clock);
        s.referredBy = referredBy;
        s.recordedAt = clock.instant();
        s.record(ParticipantEvents.SUPPORT_REFERRED, new SupportReferred(s.id, participantId, partnerAgency,
                barrier.wire(), s.provider, s.referredOn, s.recordedAt));
        return s;
    }

    /** The provider began the support ({@code support.changed.v1}). */
    public void start(LocalDate on, Clock clock) {
        if (status != SupportStatus.REFERRED) {
            throw new SupportMoveNotAllowed(id, status, SupportStatus.STARTED);
        }
        startedOn = notBefore(day(on, "on", clock), referredOn, "the referral");
        status = SupportStatus.STARTED;
        announce(null, startedOn, clock);
    }

    /**
     * The support ended ({@code support.changed.v1}): completed (only once started), declined or unavailable.
     */
    public void end(SupportOutcome how, LocalDate on, Clock clock) {
        if (status == SupportStatus.ENDED) {
            throw new SupportMoveNotAllowed(id, status, SupportStatus.ENDED);
        }
        if (how == SupportOutcome.COMPLETED && status != SupportStatus.STARTED) {
            throw new SupportRefused("outcome", "completed needs a support that started");
        }
        LocalDate day = day(on, "on", clock);
        endedOn = status == SupportStatus.STARTED
                ? notBefore(day, startedOn, "the start")
                : notBefore(day, referredOn, "the referral");
        outcome = how;
        status = SupportStatus.ENDED;
        announce(how, endedOn, clock);
    }

    private void announce(SupportOutcome how, LocalDate on, Clock clock) {
        record(ParticipantEvents.SUPPORT_CHANGED, new SupportChanged(id, participantId, status.wire(),
                how == null ? null : how.wire(), on, clock.instant()));
    }

    private static LocalDate day(LocalDate on, String field, Clock clock) {
        LocalDate today = RecordedDay.today(clock);
        if (on != null && on.isAfter(today)) {
            throw new SupportRefused(field, "is in the future");
        }
        return on == null ? today : on;
    }

    private static LocalDate notBefore(LocalDate day, LocalDate earlier, String what) {
        if (day.isBefore(earlier)) {
            throw new SupportRefused("on", "is before " + what + " (" + earlier + ")");
        }
        return day;
    }

    public UUID id() {
        return id;
    }

    public UUID participantId() {
        return participantId;
    }

    public Barrier barrier() {
        return barrier;
    }

    public String provider() {
        return provider;
    }

    public String description() {
        return description;
    }

    public SupportStatus status() {
        return status;
    }

    public LocalDate referredOn() {
        return referredOn;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public SupportOutcome outcome() {
        return outcome;
    }

    public String referredBy() {
        return referredBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}

package org.rungs.training.enrolment.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.rungs.contracts.training.EnrolmentChanged;
import org.rungs.contracts.training.SkillGainRecorded;
import org.rungs.contracts.training.TrainingEvents;
import org.rungs.spine.domain.AggregateRoot;
import org.rungs.spine.domain.RecordedDay;

/**
 * A participant's place in a cohort: enrolled by their navigator, then withdrawn (with a reason) or completed; with the
 * measurable skill gains recorded along the way. Each day is the day it happened: on or after the enrolment, never in
 * the future. Every change is announced whole ({@code enrolment.changed.v1}), each gain on its own
 * ({@code skill-gain.recorded.v1}).
 */
@Entity
@Table(name = "enrolment")
public class Enrolment extends AggregateRoot {

    @Id
    private UUID id;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "partner_agency", nullable = false)
    private String partnerAgency;

    @Column(name = "cohort_id", nullable = false)
    private UUID cohortId;

    @Column(name = "program_id", nullable = false)
    private UUID programId;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnrolmentStatus status;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    @Column(name = "enrolled_by", nullable = false)
    private String enrolledBy;

    @Column(name = "schedule_clash", length = 300)
    private String scheduleClash;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason", length = 500)
    private String withdrawalReason;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "enrolment_id", nullable = false)
    @OrderBy("achievedOn, recordedAt")
    private List<SkillGain> gains = new ArrayList<>();

    @Version
    private int version;

    protected Enrolment() {
    }

    /** Who is enrolled where. */
    public record Place(UUID participantId, String partnerAgency, UUID cohortId, UUID programId, UUID providerId) {
    }

    /**
     * Enrols a participant; the caller has checked seats, entrance requirements and the cohort's status.
     *
     * @param on
     *            the day of the enrolment; today when null
     * @param scheduleClash
     *            how the cohort's meetings clash with the participant's shift, or null
     */
    public static Enrolment enrol(Place place, LocalDate on, String scheduleClash, String enrolledBy, Clock clock) {
        Enrolment e = new Enrolment();
        e.id = UUID.randomUUID();
        e.participantId = place.participantId();
        e.partnerAgency = place.partnerAgency();
        e.cohortId = place.cohortId();
        e.programId = place.programId();
        e.providerId = place.providerId();
        e.status = EnrolmentStatus.ENROLLED;
        e.enrolledOn = notFuture(on, "enrolledOn", clock);
        e.enrolledBy = enrolledBy;
        e.scheduleClash = scheduleClash;
        e.announce(clock);
        return e;
    }

    /** The participant left the cohort. */
    public void withdraw(String reason, LocalDate on, Clock clock) {
        requireActive();
        withdrawnOn = notBeforeEnrolment("withdrawal", notFuture(on, "on", clock));
        withdrawalReason = reason.strip();
        status = EnrolmentStatus.WITHDRAWN;
        announce(clock);
    }

    /** The participant completed the program; the caller awards its credential. */
    public void complete(LocalDate on, Clock clock) {
        requireActive();
        completedOn = notBeforeEnrolment("completion", notFuture(on, "on", clock));
        status = EnrolmentStatus.COMPLETED;
        announce(clock);
    }

    /** A measurable skill gain, while enrolled or after completing (not once withdrawn). */
    public SkillGain recordGain(GainType type, LocalDate on, String note, String by, Clock clock) {
        if (status == EnrolmentStatus.WITHDRAWN) {
            throw new EnrolmentNotActive(id, status);
        }
        LocalDate day = notBeforeEnrolment("skill gain", notFuture(on, "achievedOn", clock));
        SkillGain gain = new SkillGain(type, day, note, by, clock.instant());
        gains.add(gain);
        record(TrainingEvents.SKILL_GAIN_RECORDED, new SkillGainRecorded(gain.id(), id, participantId, programId,
                type.wire(), day, gain.recordedAt()));
        return gain;
    }

    private void requireActive() {
        if (status != EnrolmentStatus.ENROLLED) {
            throw new EnrolmentNotActive(id, status);
        }
    }

    private LocalDate notBeforeEnrolment(String what, LocalDate day) {
        if (day.isBefore(enrolledOn)) {
            throw new DatedBeforeEnrolment(what, day, enrolledOn);
        }
        return day;
    }

    private static LocalDate notFuture(LocalDate day, String field, Clock clock) {
        LocalDate today = RecordedDay.today(clock);
        if (day != null && day.isAfter(today)) {
            throw new EnrolmentRefused(field, "is in the future");
        }
        return day == null ? today : day;
    }

    private void announce(Clock clock) {
        record(TrainingEvents.ENROLMENT_CHANGED, new EnrolmentChanged(id, participantId, cohortId, programId,
                providerId, status.wire(), enrolledOn, withdrawnOn, withdrawalReason, completedOn, clock.instant()));
    }

    public boolean active() {
        return status == EnrolmentStatus.ENROLLED;
    }

    public UUID id() {
        return id;
    }

    public UUID participantId() {
        return participantId;
    }

    public String partnerAgency() {
        return partnerAgency;
    }

    public UUID cohortId() {
        return cohortId;
    }

    public UUID programId() {
        return programId;
    }

    public UUID providerId() {
        return providerId;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public LocalDate enrolledOn() {
        return enrolledOn;
    }

    public String enrolledBy() {
        return enrolledBy;
    }

    public String scheduleClash() {
        return scheduleClash;
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public List<SkillGain> gains() {
        return List.copyOf(gains);
    }
}

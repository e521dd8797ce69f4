package org.rungs.employer.referral.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.employer.ReferralChanged;
import org.rungs.spine.domain.AggregateRoot;
import org.rungs.spine.domain.RecordedDay;
import org.rungs.spine.domain.Text;

/**
 * A navigator's referral of a consenting participant to an open vacancy, and its way through the stages, each step with
 * who took it ({@code referral.changed.v1}). The employer sees the candidate de-identified until the participant
 * accepts.
 */
@Entity
public class Referral extends AggregateRoot {

    @Id
    private UUID id;

    @Column(name = "vacancy_id", nullable = false)
    private UUID vacancyId;

    @Column(name = "employer_id", nullable = false)
    private UUID employerId;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "partner_agency", nullable = false)
    private String partnerAgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "referral_stage", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    private List<StageChange> history = new ArrayList<>();

    @Column(name = "referred_at", nullable = false)
    private Instant referredAt;

    @Version
    private int version;

    protected Referral() {
    }

    /** A navigator refers a participant of their agency to a vacancy, today. */
    public static Referral refer(UUID vacancyId, UUID employerId, UUID participantId, String partnerAgency,
            String referredBy, Clock clock) {
        return refer(vacancyId, employerId, participantId, partnerAgency, referredBy, null, clock);
    }

    /**
     * A navigator refers a participant of their agency to a vacancy, on a day (today when null; an earlier day when the
     * referral is recorded late).
     *
     * @throws ReferralRefused
     *             naming {@code on} when the day is in the future
     */
    public static Referral refer(UUID vacancyId, UUID employerId, UUID participantId, String partnerAgency,
            String referredBy, LocalDate on, Clock clock) {
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.vacancyId = Objects.requireNonNull(vacancyId, "vacancyId");
        r.employerId = Objects.requireNonNull(employerId, "employerId");
        r.participantId = Objects.requireNonNull(participantId, "participantId");
        r.partnerAgency = Objects.requireNonNull(partnerAgency, "partnerAgency");
        r.referredAt = day(on, clock);
        r.stage = null;
        r.moveTo(Stage.REFERRED, referredBy, null, r.referredAt);
        return r;
    }

    /**
     * The referral moves to a stage.
     *
     * @throws StageNotAllowed
     *             when the stage does not follow the current one
     */
    public void move(Stage to, String by, String reason, Clock clock) {
        move(to, by, reason, null, clock);
    }

    /**
     * The referral moves to a stage on a day (today when null; an earlier day when recorded late).
     *
     * @throws StageNotAllowed
     *             when the stage does not follow the current one
     * @throws ReferralRefused
     *             naming {@code on} when the day is in the future or before the current stage's day
     */
    public void move(Stage to, String by, String reason, LocalDate on, Clock clock) {
        if (!stage.next().contains(to)) {
            throw new StageNotAllowed(id, stage, to);
        }
        Instant at = day(on, clock);
        Instant last = history.get(history.size() - 1).changedAt();
        if (at.isBefore(last)) {
            if (on == null) {
                at = last;
            } else {
                throw new ReferralRefused(Map.of("on", "is before the referral's current stage ("
                        + LocalDate.ofInstant(last, clock.getZone()) + ")"));
            }
        }
        moveTo(to, by, reason, at);
    }

    private static Instant day(LocalDate on, Clock clock) {
        if (on != null && on.isAfter(RecordedDay.today(clock))) {
            throw new ReferralRefused(Map.of("on", "is in the future"));
        }
        return RecordedDay.at(on, clock);
    }

    private void moveTo(Stage to, String by, String reason, Instant at) {
        Stage previous = stage;
        stage = to;
        String why = Text.optional(reason);
        history.add(new StageChange(to, Objects.requireNonNull(by, "by"), at, why));
        record(EmployerEvents.REFERRAL_CHANGED, new ReferralChanged(id, vacancyId, employerId, participantId,
                partnerAgency, to.wire(), previous == null ? null : previous.wire(), by, why, at));
    }

    /** Whether the participant accepted the referral at some stage (the employer has known who they are since). */
    public boolean everAccepted() {
        return history.stream().anyMatch(h -> h.stage() == Stage.ACCEPTED);
    }

    public UUID id() {
        return id;
    }

    public UUID vacancyId() {
        return vacancyId;
    }

    public UUID employerId() {
        return employerId;
    }

    public UUID participantId() {
        return participantId;
    }

    public String partnerAgency() {
        return partnerAgency;
    }

    public Stage stage() {
        return stage;
    }

    public List<StageChange> history() {
        return List.copyOf(history);
    }

    public Instant referredAt() {
        return referredAt;
    }
}

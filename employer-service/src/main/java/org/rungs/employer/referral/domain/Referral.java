package org.rungs.employer.referral.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    /** A navigator refers a participant of their agency to a vacancy. */
    public static Referral refer(UUID vacancyId, UUID employerId, UUID participantId, String partnerAgency,
            String referredBy, Clock clock) {
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.vacancyId = Objects.requireNonNull(vacancyId, "vacancyId");
        r.employerId = Objects.requireNonNull(employerId, "employerId");
        r.participantId = Objects.requireNonNull(participantId, "participantId");
        r.partnerAgency = Objects.requireNonNull(partnerAgency, "partnerAgency");
        r.referredAt = clock.instant();
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
        if (!stage.next().contains(to)) {
            throw new StageNotAllowed(id, stage, to);
        }
        moveTo(to, by, reason, clock.instant());
    }

    private void moveTo(Stage to, String by, String reason, Instant at) {
        Stage previous = stage;
        stage = to;
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        history.add(new StageChange(to, Objects.requireNonNull(by, "by"), at, why));
        record(EmployerEvents.REFERRAL_CHANGED, new ReferralChanged(id, vacancyId, employerId, participantId,
                partnerAgency, to.wire(), previous == null ? null : previous.wire(), by, why, at));
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

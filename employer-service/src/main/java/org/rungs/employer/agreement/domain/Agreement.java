package org.rungs.employer.agreement.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.rungs.contracts.employer.AgreementEnded;
import org.rungs.contracts.employer.AgreementSigned;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.spine.domain.AggregateRoot;
import org.rungs.spine.domain.Distinct;

/**
 * A hiring agreement (MOU) between the intermediary and an employer: the rungs it covers with a wage floor each, and
 * the employer's commitments: interview every referred candidate who meets a rung's criteria, offer promotion vacancies
 * to incumbents first for some days, and the retention check-ins after each hire. Signed ({@code agreement.signed.v1})
 * and ended ({@code agreement.ended.v1}).
 */
@Entity
public class Agreement extends AggregateRoot {

    /** The retention check-ins a hire schedules when no agreement says otherwise: 30, 90 and 180 days after it. */
    public static final List<Integer> DEFAULT_CHECK_IN_DAYS = List.of(30, 90, 180);

    @Id
    private UUID id;

    @Column(name = "employer_id", nullable = false)
    private UUID employerId;

    @ElementCollection
    @CollectionTable(name = "agreement_rung", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<RungCommitment> rungs = new ArrayList<>();

    @Column(name = "interview_qualified_referrals", nullable = false)
    private boolean interviewQualifiedReferrals;

    @Column(name = "internal_first_days", nullable = false)
    private int internalFirstDays;

    @ElementCollection
    @CollectionTable(name = "agreement_check_in", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    @Column(name = "days_after_hire", nullable = false)
    private List<Integer> checkInDays = new ArrayList<>();

    @Column(name = "signed_for_employer", nullable = false)
    private String signedForEmployer;

    @Column(name = "signed_for_intermediary", nullable = false)
    private String signedForIntermediary;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementStatus status;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private int version;

    protected Agreement() {
    }

    /** What an agreement says, as signed. */
    public record Terms(UUID employerId, List<RungCommitment> rungs, boolean interviewQualifiedReferrals,
            int internalFirstDays, List<Integer> checkInDays, String signedForEmployer, String signedForIntermediary,
            LocalDate signedOn, LocalDate startsOn, LocalDate endsOn) {
    }

    /**
     * The intermediary and the employer sign an agreement.
     *
     * @throws AgreementRefused
     *             when a rung or check-in day is listed twice, a wage floor is not positive, or it ends before it
     *             starts
     */
    public static Agreement sign(Terms t, Clock clock) {
        Map<String, String> refused = new LinkedHashMap<>();
        Distinct.repeated(t.rungs(), RungCommitment::rungId)
                .forEach(i -> refused.put("rungs[" + i + "].rungId", "is listed more than once"));
        for (int i = 0; i < t.rungs().size(); i++) {
            if (t.rungs().get(i).wageFloor().signum() <= 0) {
                refused.put("rungs[" + i + "].wageFloor", "must be positive");
            }
        }
        Distinct.repeated(t.checkInDays(), d -> d)
                .forEach(i -> refused.put("checkInDays[" + i + "]", "is listed more than once"));
        if (t.endsOn() != null && t.endsOn().isBefore(t.startsOn())) {
            refused.put("endsOn", "is before startsOn");
        }
        if (t.internalFirstDays() < 0) {
            refused.put("internalFirstDays", "must not be negative");
        }
        if (!refused.isEmpty()) {
            throw new AgreementRefused(refused);
        }
        Agreement a = new Agreement();
        a.id = UUID.randomUUID();
        a.employerId = Objects.requireNonNull(t.employerId(), "employerId");
        a.rungs = new ArrayList<>(t.rungs());
        a.interviewQualifiedReferrals = t.interviewQualifiedReferrals();
        a.internalFirstDays = t.internalFirstDays();
        a.checkInDays = new ArrayList<>(
                t.checkInDays().isEmpty() ? DEFAULT_CHECK_IN_DAYS : t.checkInDays().stream().sorted().toList());
        a.signedForEmployer = t.signedForEmployer().strip();
        a.signedForIntermediary = t.signedForIntermediary().strip();
        a.signedOn = Objects.requireNonNull(t.signedOn(), "signedOn");
        a.startsOn = Objects.requireNonNull(t.startsOn(), "startsOn");
        a.endsOn = t.endsOn();
        a.status = AgreementStatus.SIGNED;
        a.recordedAt = clock.instant();
        a.record(EmployerEvents.AGREEMENT_SIGNED, new AgreementSigned(a.id, a.employerId,
                a.rungs.stream().map(r -> new AgreementSigned.RungCommitment(r.ladderId(), r.rungId(), r.wageFloor()))
                        .toList(),
                a.interviewQualifiedReferrals, a.internalFirstDays, List.copyOf(a.checkInDays), a.signedForEmployer,
                a.signedForIntermediary, a.signedOn, a.startsOn, a.endsOn, a.recordedAt));
        return a;
    }

    /**
     * The agreement ends on a day.
     *
     * @throws AgreementEndedAlready
     *             when it ended before
     * @throws AgreementRefused
     *             when the day is before the agreement started
     */
    public void end(LocalDate on, String reason, Clock clock) {
        if (status == AgreementStatus.ENDED) {
            throw new AgreementEndedAlready(id, endedOn);
        }
        if (on.isBefore(startsOn)) {
            throw new AgreementRefused(Map.of("endedOn", "is before the agreement started (" + startsOn + ")"));
        }
        status = AgreementStatus.ENDED;
        endedOn = on;
        endReason = Objects.requireNonNull(reason, "reason").strip();
        record(EmployerEvents.AGREEMENT_ENDED,
                new AgreementEnded(id, employerId, endedOn, endReason, clock.instant()));
    }

    /** Whether the agreement binds on a day: after it starts, before it ends or ended. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn))
                && (endedOn == null || !day.isAfter(endedOn));
    }

    /** The wage floor the agreement sets for a rung, if it covers it. */
    public Optional<BigDecimal> wageFloor(UUID rungId) {
        return rungs.stream().filter(r -> r.rungId().equals(rungId)).map(RungCommitment::wageFloor).findFirst();
    }

    public UUID id() {
        return id;
    }

    public UUID employerId() {
        return employerId;
    }

    public List<RungCommitment> rungs() {
        return List.copyOf(rungs);
    }

    public boolean interviewQualifiedReferrals() {
        return interviewQualifiedReferrals;
    }

    public int internalFirstDays() {
        return internalFirstDays;
    }

    public List<Integer> checkInDays() {
        return List.copyOf(checkInDays);
    }

    public String signedForEmployer() {
        return signedForEmployer;
    }

    public String signedForIntermediary() {
        return signedForIntermediary;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public AgreementStatus status() {
        return status;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String endReason() {
        return endReason;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}

package org.rungs.employer.employment.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.employer.HireRecorded;
import org.rungs.contracts.employer.PromotionRecorded;
import org.rungs.contracts.employer.RetentionChecked;
import org.rungs.contracts.employer.SeparationRecorded;
import org.rungs.spine.domain.AggregateRoot;

/**
 * A participant's job with one employer, from the hire ({@code hire.recorded.v1}) through promotions
 * ({@code promotion.recorded.v1}) and retention check-ins ({@code retention.checked.v1}) to a separation
 * ({@code separation.recorded.v1}). A promotion does not end it; a move to another employer is a separation and a new
 * hire.
 */
@Entity
public class Employment extends AggregateRoot {

    @Id
    private UUID id;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "employer_id", nullable = false)
    private UUID employerId;

    @Column(name = "vacancy_id")
    private UUID vacancyId;

    @Column(name = "referral_id")
    private UUID referralId;

    @Column(nullable = false)
    private boolean incumbent;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "weekly_hours", nullable = false)
    private BigDecimal weeklyHours;

    @Column(name = "hired_occupation_code", nullable = false)
    private String hiredOccupationCode;

    @Column(name = "hired_wage", nullable = false)
    private BigDecimal hiredWage;

    @Column(name = "ladder_id")
    private UUID ladderId;

    @Column(name = "rung_id")
    private UUID rungId;

    @Column
    private Integer tier;

    @Column(name = "occupation_code", nullable = false)
    private String occupationCode;

    @Column(name = "hourly_wage", nullable = false)
    private BigDecimal hourlyWage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EmploymentStatus status;

    @Column(name = "separated_on")
    private LocalDate separatedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "separation_reason")
    private SeparationReason separationReason;

    @ElementCollection
    @CollectionTable(name = "employment_promotion", joinColumns = @JoinColumn(name = "employment_id"))
    @OrderBy("promotedOn")
    private List<Promotion> promotions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "employment_check_in", joinColumns = @JoinColumn(name = "employment_id"))
    @OrderBy("dueOn")
    private List<CheckIn> checkIns = new ArrayList<>();

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private int version;

    protected Employment() {
    }

    /** What a hire records. {@code vacancyId} and {@code referralId} are null for a direct hire or an incumbent. */
    public record Hire(UUID participantId, UUID employerId, UUID vacancyId, UUID referralId, Position position,
            LocalDate startDate, BigDecimal hourlyWage, BigDecimal weeklyHours, boolean incumbent) {
    }

    /**
     * A hire starts an employment, with a retention check-in on each of {@code checkInDays} after its start date. An
     * incumbent worker's existing job is recorded without check-ins: it is not a placement to follow up.
     */
    public static Employment hire(Hire h, List<Integer> checkInDays, Clock clock) {
        if (h.hourlyWage().signum() <= 0 || h.weeklyHours().signum() <= 0) {
            throw new IllegalArgumentException("a hire pays a positive wage for positive hours");
        }
        Employment e = new Employment();
        e.id = UUID.randomUUID();
        e.participantId = Objects.requireNonNull(h.participantId(), "participantId");
        e.employerId = Objects.requireNonNull(h.employerId(), "employerId");
        e.vacancyId = h.vacancyId();
        e.referralId = h.referralId();
        e.incumbent = h.incumbent();
        e.startDate = Objects.requireNonNull(h.startDate(), "startDate");
        e.weeklyHours = h.weeklyHours();
        e.hiredOccupationCode = h.position().occupationCode();
        e.hiredWage = h.hourlyWage();
        e.moveTo(h.position(), h.hourlyWage());
        e.status = EmploymentStatus.EMPLOYED;
        e.recordedAt = clock.instant();
        if (!e.incumbent) {
            checkInDays.stream().distinct().sorted()
                    .forEach(days -> e.checkIns.add(new CheckIn(days, e.startDate.plusDays(days))));
        }
        e.record(EmployerEvents.HIRE_RECORDED, new HireRecorded(e.id, e.participantId, e.employerId, e.vacancyId,
                e.referralId, e.ladderId, e.rungId, e.tier, e.occupationCode, e.startDate, e.hourlyWage,
                e.weeklyHours, e.incumbent, e.checkIns.stream().map(CheckIn::dueOn).toList(), e.recordedAt));
        return e;
    }

    /**
     * The worker is promoted. On a ladder the new rung is a higher tier of the same ladder; off any ladder, another
     * occupation (or, from off a ladder, any rung). A promotion with no wage change is still a promotion.
     *
     * @throws EmploymentEnded
     *             when the worker has separated
     * @throws EmploymentRefused
     *             when it is dated in the future
     * @throws DatedBeforeHire
     *             when it is dated before the hire or an earlier promotion
     * @throws PromotionNotUpward
     *             when the new rung is not higher
     */
    public void promote(Position to, BigDecimal wageAfter, LocalDate on, Clock clock) {
        promote(to, wageAfter, on, null, null, clock);
    }

    /** A promotion into a vacancy of the employer, perhaps through a referral (an internal candidate). */
    public void promote(Position to, BigDecimal wageAfter, LocalDate on, UUID vacancyId, UUID referralId,
            Clock clock) {
        requireEmployed();
        notInTheFuture("promotedOn", on, clock);
        LocalDate since = promotions.stream().map(Promotion::promotedOn).max(Comparator.naturalOrder())
                .orElse(startDate);
        if (on.isBefore(since)) {
            throw new DatedBeforeHire("A promotion on " + on + " is before " + since
                    + (promotions.isEmpty() ? ", the hire" : ", the last promotion"));
        }
        Position from = position();
        if (from.onLadder()) {
            if (!to.onLadder() || !from.ladderId().equals(to.ladderId())) {
                throw new PromotionNotUpward("A promotion from a rung is to a higher rung of the same ladder");
            }
            if (to.tier() <= from.tier()) {
                throw new PromotionNotUpward("A promotion from tier " + from.tier() + " is to a higher tier, not "
                        + to.tier());
            }
        } else if (!to.onLadder() && to.occupationCode().equals(from.occupationCode())) {
            throw new PromotionNotUpward("A promotion is to another occupation than " + from.occupationCode());
        }
        if (wageAfter.signum() <= 0) {
            throw new IllegalArgumentException("a promotion pays a positive wage");
        }
        Promotion p = new Promotion(from, to, hourlyWage, wageAfter, on, vacancyId, referralId, clock.instant());
        promotions.add(p);
        moveTo(to, wageAfter);
        record(EmployerEvents.PROMOTION_RECORDED, new PromotionRecorded(p.id(), id, participantId, employerId,
                to.ladderId() != null ? to.ladderId() : from.ladderId(), from.rungId(), from.tier(),
                from.occupationCode(), to.rungId(), to.tier(), to.occupationCode(), p.wageBefore(), p.wageAfter(),
                on, p.recordedAt(), vacancyId, referralId));
    }

    /**
     * A scheduled check-in is recorded: still employed (the current wage, rung and occupation), or not, which separates
     * the worker as of {@code separatedOn}.
     *
     * @throws UnknownCheckIn
     *             when no check-in is scheduled that many days after the hire
     * @throws CheckInBeforeHire
     *             when it is dated before the hire
     * @throws CheckInNotDue
     *             when it is dated before its due day
     * @throws CheckInRecordedAlready
     *             when it was recorded before
     * @throws EmploymentEnded
     *             when a worker is reported still employed on a day after they separated
     */
    public void checkIn(int daysAfterHire, LocalDate on, boolean stillEmployed, LocalDate separatedOn,
            SeparationReason reason, Clock clock) {
        checkIn(daysAfterHire, on, stillEmployed, null, separatedOn, reason, clock);
    }

    /**
     * A check-in that found the worker still employed records where they stood on its day (the rung and occupation
     * after any promotion up to then) and their wage: {@code currentWage} when the employer reports it (a raise without
     * a promotion becomes the current wage), else the wage of their position then.
     */
    public void checkIn(int daysAfterHire, LocalDate on, boolean stillEmployed, BigDecimal currentWage,
            LocalDate separatedOn, SeparationReason reason, Clock clock) {
        CheckIn due = checkIns.stream().filter(c -> c.daysAfterHire() == daysAfterHire).findFirst()
                .orElseThrow(() -> new UnknownCheckIn(id, daysAfterHire));
        notInTheFuture("checkedOn", on, clock);
        if (on.isBefore(startDate)) {
            throw new CheckInBeforeHire(id, on, startDate);
        }
        if (on.isBefore(due.dueOn())) {
            throw new CheckInNotDue(id, daysAfterHire, due.dueOn());
        }
        if (due.recorded()) {
            throw new CheckInRecordedAlready(id, daysAfterHire, due.checkedOn());
        }
        if (stillEmployed) {
            if (this.separatedOn != null && on.isAfter(this.separatedOn)) {
                throw new EmploymentEnded(id, this.separatedOn);
            }
            PositionHeld then = heldOn(on);
            BigDecimal wage = currentWage == null ? then.wage() : currentWage;
            due.record(on, true, wage, then.position().rungId(), then.position().occupationCode());
            if (currentWage != null && status == EmploymentStatus.EMPLOYED && !on.isBefore(positionSince())) {
                hourlyWage = currentWage;
            }
        } else {
            due.record(on, false, null, null, null);
        }
        Instant now = clock.instant();
        record(EmployerEvents.RETENTION_CHECKED, new RetentionChecked(id, participantId, employerId, daysAfterHire,
                due.dueOn(), on, stillEmployed, due.hourlyWage(), due.rungId(), due.occupationCode(), now));
        if (!stillEmployed && status == EmploymentStatus.EMPLOYED) {
            separate(Objects.requireNonNull(separatedOn, "separatedOn"),
                    Objects.requireNonNull(reason, "reason"), clock);
        }
    }

    /**
     * The worker leaves the employer.
     *
     * @throws EmploymentEnded
     *             when they separated before
     * @throws DatedBeforeHire
     *             when it is dated before the hire
     */
    public void separate(LocalDate on, SeparationReason reason, Clock clock) {
        requireEmployed();
        notInTheFuture("separatedOn", on, clock);
        if (on.isBefore(startDate)) {
            throw new DatedBeforeHire("A separation on " + on + " is before the hire, " + startDate);
        }
        status = EmploymentStatus.SEPARATED;
        separatedOn = on;
        separationReason = Objects.requireNonNull(reason, "reason");
        record(EmployerEvents.SEPARATION_RECORDED, new SeparationRecorded(id, participantId, employerId, on,
                reason.wire(), clock.instant()));
    }

    /** Check-ins due by a day and not recorded, while the worker was still employed on their due day. */
    public List<CheckIn> overdueOn(LocalDate day) {
        return checkIns.stream().filter(c -> !c.recorded() && c.dueOn().isBefore(day))
                .filter(c -> separatedOn == null || !c.dueOn().isAfter(separatedOn)).toList();
    }

    /** A fact is recorded once it happened: its day is not after today. */
    private static void notInTheFuture(String field, LocalDate on, Clock clock) {
        if (on.isAfter(LocalDate.ofInstant(clock.instant(), clock.getZone()))) {
            throw new EmploymentRefused(Map.of(field, "is in the future"));
        }
    }

    /** A position and the wage it paid. */
    private record PositionHeld(Position position, BigDecimal wage) {
    }

    /** Where the worker stood on a day: as hired, then after each promotion up to that day. */
    private PositionHeld heldOn(LocalDate day) {
        PositionHeld held = null;
        for (Promotion p : promotions.stream().sorted(Comparator.comparing(Promotion::promotedOn)).toList()) {
            if (held == null) {
                held = new PositionHeld(p.from(), p.wageBefore());
            }
            if (!p.promotedOn().isAfter(day)) {
                held = new PositionHeld(p.to(), p.wageAfter());
            }
        }
        return held != null ? held : new PositionHeld(position(), hourlyWage);
    }

    /** The day the worker reached their current position: the hire, or the last promotion. */
    private LocalDate positionSince() {
        return promotions.stream().map(Promotion::promotedOn).max(Comparator.naturalOrder()).orElse(startDate);
    }

    private void requireEmployed() {
        if (status == EmploymentStatus.SEPARATED) {
            throw new EmploymentEnded(id, separatedOn);
        }
    }

    private void moveTo(Position position, BigDecimal wage) {
        ladderId = position.ladderId();
        rungId = position.rungId();
        tier = position.tier();
        occupationCode = position.occupationCode();
        hourlyWage = wage;
    }

    public Position position() {
        return new Position(ladderId, rungId, tier, occupationCode);
    }

    public UUID id() {
        return id;
    }

    public UUID participantId() {
        return participantId;
    }

    public UUID employerId() {
        return employerId;
    }

    public UUID vacancyId() {
        return vacancyId;
    }

    public UUID referralId() {
        return referralId;
    }

    public boolean incumbent() {
        return incumbent;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public BigDecimal weeklyHours() {
        return weeklyHours;
    }

    public String hiredOccupationCode() {
        return hiredOccupationCode;
    }

    public BigDecimal hiredWage() {
        return hiredWage;
    }

    public BigDecimal hourlyWage() {
        return hourlyWage;
    }

    public EmploymentStatus status() {
        return status;
    }

    public LocalDate separatedOn() {
        return separatedOn;
    }

    public SeparationReason separationReason() {
        return separationReason;
    }

    public List<Promotion> promotions() {
        return List.copyOf(promotions);
    }

    public List<CheckIn> checkIns() {
        return List.copyOf(checkIns);
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}

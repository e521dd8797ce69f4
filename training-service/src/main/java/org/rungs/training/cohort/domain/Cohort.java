package org.rungs.training.cohort.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.rungs.contracts.training.CohortCancelled;
import org.rungs.contracts.training.CohortScheduled;
import org.rungs.contracts.training.TrainingEvents;
import org.rungs.spine.domain.AggregateRoot;
import org.rungs.spine.domain.Text;
import org.rungs.training.program.domain.DeliveryMode;

/**
 * A cohort of a program: when it runs, the days and times it meets (none for a self-paced cohort), how and where, its
 * seats and what it costs the participant. A cohort that clashes with a participant's work shift is reported before
 * they are enrolled, not refused: the navigator and the participant decide.
 */
@Entity
@Table(name = "cohort")
public class Cohort extends AggregateRoot {

    public static final int MAX_SEATS = 500;
    /** The longest a cohort runs. */
    public static final int MAX_DAYS = 731;

    @Id
    private UUID id;

    @Column(name = "program_id", nullable = false)
    private UUID programId;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_meeting_day", joinColumns = @JoinColumn(name = "cohort_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "day", nullable = false)
    @BatchSize(size = 50)
    private Set<DayOfWeek> meetingDays = EnumSet.noneOf(DayOfWeek.class);

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", nullable = false)
    private DeliveryMode deliveryMode;

    @Column(length = 300)
    private String location;

    @Column(nullable = false)
    private int seats;

    @Column(name = "cost_to_participant", nullable = false)
    private BigDecimal costToParticipant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CohortStatus status;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Version
    private int version;

    protected Cohort() {
    }

    /** What a provider schedules. */
    public record Plan(LocalDate startDate, LocalDate endDate, Set<DayOfWeek> meetingDays, LocalTime startTime,
            LocalTime endTime, DeliveryMode deliveryMode, String location, int seats, BigDecimal costToParticipant) {
    }

    /**
     * Schedules a cohort of a program ({@code cohort.scheduled.v1}).
     *
     * @throws CohortRefused
     *             when the dates or times are out of order, times are missing for meeting days (or given without them),
     *             an in-person cohort has no location, or the seats are not 1 to 500
     */
    public static Cohort schedule(UUID programId, UUID providerId, Plan plan, Clock clock) {
        if (plan.endDate().isBefore(plan.startDate())) {
            throw new CohortRefused("endDate", "is before startDate");
        }
        if (ChronoUnit.DAYS.between(plan.startDate(), plan.endDate()) > MAX_DAYS) {
            throw new CohortRefused("endDate", "is more than two years after startDate");
        }
        Set<DayOfWeek> days = plan.meetingDays() == null || plan.meetingDays().isEmpty()
                ? EnumSet.noneOf(DayOfWeek.class)
                : EnumSet.copyOf(plan.meetingDays());
        boolean timed = plan.startTime() != null || plan.endTime() != null;
        if (!days.isEmpty() && (plan.startTime() == null || plan.endTime() == null)) {
            throw new CohortRefused(plan.startTime() == null ? "startTime" : "endTime",
                    "is required when the cohort meets on set days");
        }
        if (days.isEmpty() && timed) {
            throw new CohortRefused("meetingDays", "are required when meeting times are given");
        }
        if (timed && !plan.endTime().isAfter(plan.startTime())) {
            throw new CohortRefused("endTime", "is not after startTime");
        }
        if (plan.deliveryMode() != DeliveryMode.ONLINE && (plan.location() == null || plan.location().isBlank())) {
            throw new CohortRefused("location", "is required for a cohort that meets in person");
        }
        if (plan.seats() < 1 || plan.seats() > MAX_SEATS) {
            throw new CohortRefused("seats", "must be 1 to " + MAX_SEATS);
        }
        Cohort c = new Cohort();
        c.id = UUID.randomUUID();
        c.programId = programId;
        c.providerId = providerId;
        c.startDate = plan.startDate();
        c.endDate = plan.endDate();
        c.meetingDays = days;
        c.startTime = plan.startTime();
        c.endTime = plan.endTime();
        c.deliveryMode = plan.deliveryMode();
        c.location = Text.optional(plan.location());
        c.seats = plan.seats();
        c.costToParticipant = plan.costToParticipant();
        c.status = CohortStatus.SCHEDULED;
        c.scheduledAt = clock.instant();
        c.record(TrainingEvents.COHORT_SCHEDULED, new CohortScheduled(c.id, programId, providerId, c.startDate,
                c.endDate, c.meetingDays().stream().map(d -> d.name().toLowerCase(Locale.ROOT)).toList(),
                c.startTime, c.endTime, c.deliveryMode.wire(), c.location, c.seats, c.costToParticipant,
                c.scheduledAt));
        return c;
    }

    /** The cohort will not run ({@code cohort.cancelled.v1}); the caller withdraws its enrolments. */
    public void cancel(String reason, Clock clock) {
        requireScheduled();
        status = CohortStatus.CANCELLED;
        cancelReason = reason.strip();
        record(TrainingEvents.COHORT_CANCELLED, new CohortCancelled(id, programId, cancelReason, clock.instant()));
    }

    public void requireScheduled() {
        if (status == CohortStatus.CANCELLED) {
            throw new CohortCancelledAlready(id);
        }
    }

    /**
     * How the cohort's meetings clash with a work shift, if they do. Shifts are taken to run Monday to Friday: day
     * 07:00–15:30, evening 15:00–23:30, night 23:00–07:30; a rotating shift may clash with any meeting, a flexible one
     * with none.
     *
     * @param shift
     *            day, evening, night, rotating or flexible; null when unknown (no clash reported)
     */
    public Optional<String> clashWith(String shift) {
        if (shift == null || meetingDays.isEmpty() || "flexible".equals(shift)) {
            return Optional.empty();
        }
        Set<DayOfWeek> weekdays = meetingDays.stream().filter(d -> d.getValue() <= 5)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        if (weekdays.isEmpty()) {
            return Optional.empty();
        }
        String meets = days(weekdays) + " " + startTime + "–" + endTime;
        if ("rotating".equals(shift)) {
            return Optional.of("a rotating shift may clash with the cohort's meetings (" + meets + ")");
        }
        boolean clash = switch (shift) {
            case "day" -> overlaps(LocalTime.of(7, 0), LocalTime.of(15, 30));
            case "evening" -> overlaps(LocalTime.of(15, 0), LocalTime.of(23, 30));
            case "night" ->
                overlaps(LocalTime.of(23, 0), LocalTime.MAX) || overlaps(LocalTime.MIN, LocalTime.of(7, 30));
            default -> false;
        };
        return clash
                ? Optional.of("the " + shift + " shift clashes with the cohort's meetings (" + meets + ")")
                : Optional.empty();
    }

    private boolean overlaps(LocalTime from, LocalTime to) {
        return startTime.isBefore(to) && endTime.isAfter(from);
    }

    private static String days(Set<DayOfWeek> days) {
        return days.stream().sorted().map(d -> d.name().substring(0, 1) + d.name().substring(1, 3).toLowerCase())
                .collect(Collectors.joining(", "));
    }

    public UUID id() {
        return id;
    }

    public UUID programId() {
        return programId;
    }

    public UUID providerId() {
        return providerId;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    /** The meeting days, Monday first. */
    public List<DayOfWeek> meetingDays() {
        return meetingDays.stream().sorted().toList();
    }

    public LocalTime startTime() {
        return startTime;
    }

    public LocalTime endTime() {
        return endTime;
    }

    public DeliveryMode deliveryMode() {
        return deliveryMode;
    }

    public String location() {
        return location;
    }

    public int seats() {
        return seats;
    }

    public BigDecimal costToParticipant() {
        return costToParticipant;
    }

    public CohortStatus status() {
        return status;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }
}

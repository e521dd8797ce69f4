package org.rungs.employer.vacancy.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.employer.VacancyClosed;
import org.rungs.contracts.employer.VacancyFilled;
import org.rungs.contracts.employer.VacancyOpened;
import org.rungs.employer.ladder.domain.RequiredSkill;
import org.rungs.spine.domain.AggregateRoot;
import org.rungs.spine.domain.Distinct;
import org.rungs.spine.domain.RecordedDay;

/**
 * A vacancy: an occupation (at a rung of a published ladder, or at none), the skills it requires at minimum levels, its
 * wage, shift and openings. Drafted, it opens once ({@code vacancy.opened.v1}); hires take its openings until it is
 * filled ({@code vacancy.filled.v1}), or it closes ({@code vacancy.closed.v1}).
 */
@Entity
public class Vacancy extends AggregateRoot {

    @Id
    private UUID id;

    @Column(name = "employer_id", nullable = false)
    private UUID employerId;

    @Column(nullable = false)
    private String title;

    @Column(name = "occupation_code", nullable = false)
    private String occupationCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vacancy_skill", joinColumns = @JoinColumn(name = "vacancy_id"))
    @OrderBy("elementId")
    private List<RequiredSkill> requiredSkills = new ArrayList<>();

    @Column(name = "hourly_wage", nullable = false)
    private BigDecimal hourlyWage;

    @Column(nullable = false)
    private int openings;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Shift shift;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VacancyStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    private CloseReason closeReason;

    @Column(name = "ladder_id")
    private UUID ladderId;

    @Column(name = "rung_id")
    private UUID rungId;

    @Column
    private Integer tier;

    @Column(name = "internal_first_until")
    private LocalDate internalFirstUntil;

    @Column(nullable = false)
    private int hired;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "filled_at")
    private Instant filledAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private int version;

    protected Vacancy() {
    }

    /**
     * What a vacancy offers.
     *
     * @param rung
     *            the rung of a published ladder the vacancy is at, if any
     * @param internalFirstUntil
     *            until this day (inclusive) only the employer's incumbent workers are proposed; none when null
     */
    public record Terms(UUID employerId, String title, String occupationCode, List<RequiredSkill> requiredSkills,
            BigDecimal hourlyWage, int openings, Shift shift, RungPlacement rung, LocalDate internalFirstUntil) {
    }

    /** The rung of a ladder a vacancy is at. */
    public record RungPlacement(UUID ladderId, UUID rungId, int tier) {
    }

    /**
     * An employer drafts a vacancy: nothing is announced until it opens. Each skill may be required once; a vacancy has
     * at least one opening and pays a positive wage.
     *
     * @throws SkillRequiredTwice
     *             when an element is listed more than once
     */
    public static Vacancy draft(Terms t, Clock clock) {
        List<Integer> repeated = Distinct.repeated(t.requiredSkills(), RequiredSkill::elementId);
        if (!repeated.isEmpty()) {
            throw new SkillRequiredTwice(repeated);
        }
        if (t.openings() < 1) {
            throw new IllegalArgumentException("a vacancy has at least one opening");
        }
        if (t.hourlyWage() == null || t.hourlyWage().signum() <= 0) {
            throw new IllegalArgumentException("a vacancy pays a positive wage");
        }
        Vacancy v = new Vacancy();
        v.id = UUID.randomUUID();
        v.employerId = Objects.requireNonNull(t.employerId(), "employerId");
        v.title = Objects.requireNonNull(t.title(), "title").strip();
        v.occupationCode = Objects.requireNonNull(t.occupationCode(), "occupationCode");
        v.requiredSkills = new ArrayList<>(t.requiredSkills());
        v.hourlyWage = t.hourlyWage();
        v.openings = t.openings();
        v.shift = Objects.requireNonNull(t.shift(), "shift");
        if (t.rung() != null) {
            v.ladderId = t.rung().ladderId();
            v.rungId = t.rung().rungId();
            v.tier = t.rung().tier();
        }
        v.internalFirstUntil = t.internalFirstUntil();
        v.status = VacancyStatus.DRAFT;
        v.createdAt = clock.instant();
        return v;
    }

    /** An employer opens a vacancy at once ({@code vacancy.opened.v1}). */
    public static Vacancy open(Terms t, Clock clock) {
        Vacancy v = draft(t, clock);
        v.open(clock);
        return v;
    }

    /** A vacancy that opened on an earlier day, recorded now. */
    public static Vacancy openedOn(Terms t, LocalDate day, Clock clock) {
        Vacancy v = draft(t, clock);
        v.openAt(RecordedDay.at(day, clock));
        return v;
    }

    /** An employer opens a vacancy at no rung, with no internal-first window. */
    public static Vacancy open(UUID employerId, String title, String occupationCode, List<RequiredSkill> requiredSkills,
            BigDecimal hourlyWage, int openings, Shift shift, Clock clock) {
        return open(new Terms(employerId, title, occupationCode, requiredSkills, hourlyWage, openings, shift, null,
                null), clock);
    }

    /**
     * A drafted vacancy opens: candidates are proposed from now on.
     *
     * @throws VacancyNotOpen
     *             when it is not a draft
     */
    public void open(Clock clock) {
        openAt(clock.instant());
    }

    /** A drafted vacancy opens, offered to incumbents first at least until a day (none when null). */
    public void open(Clock clock, LocalDate internalFirstAtLeastUntil) {
        if (internalFirstAtLeastUntil != null
                && (internalFirstUntil == null || internalFirstUntil.isBefore(internalFirstAtLeastUntil))
                && status == VacancyStatus.DRAFT) {
            internalFirstUntil = internalFirstAtLeastUntil;
        }
        open(clock);
    }

    private void openAt(Instant at) {
        if (status != VacancyStatus.DRAFT) {
            throw new VacancyNotOpen(id, status, "only a draft opens");
        }
        status = VacancyStatus.OPEN;
        openedAt = at;
        record(EmployerEvents.VACANCY_OPENED, new VacancyOpened(id, employerId, title, occupationCode,
                requiredSkills.stream().map(s -> new SkillLevel(s.elementId(), s.minimumLevel())).toList(),
                hourlyWage, openings, shift.wire(), openedAt, ladderId, rungId, tier, internalFirstUntil));
    }

    /**
     * The vacancy stops taking candidates.
     *
     * @throws VacancyAlreadyClosed
     *             when it was closed before
     * @throws VacancyNotOpen
     *             when hires filled it
     */
    public void close(CloseReason reason, Clock clock) {
        if (status == VacancyStatus.CLOSED) {
            throw new VacancyAlreadyClosed(id);
        }
        if (status == VacancyStatus.FILLED) {
            throw new VacancyNotOpen(id, status, "a filled vacancy is not closed");
        }
        status = VacancyStatus.CLOSED;
        closeReason = Objects.requireNonNull(reason, "reason");
        closedAt = clock.instant();
        record(EmployerEvents.VACANCY_CLOSED, new VacancyClosed(id, employerId, reason.wire(), closedAt));
    }

    /**
     * A hire takes one opening; the last one fills the vacancy ({@code vacancy.filled.v1}).
     *
     * @throws VacancyNotOpen
     *             when the vacancy is a draft, closed or filled
     */
    public void takeOpening(Clock clock) {
        if (status != VacancyStatus.OPEN) {
            throw new VacancyNotOpen(id, status, "only an open vacancy takes a hire");
        }
        hired++;
        if (hired == openings) {
            status = VacancyStatus.FILLED;
            filledAt = clock.instant();
            record(EmployerEvents.VACANCY_FILLED, new VacancyFilled(id, employerId, openings, filledAt));
        }
    }

    /** Whether only the employer's incumbent workers are proposed on a day. */
    public boolean internalOnlyOn(LocalDate day) {
        return internalFirstUntil != null && !day.isAfter(internalFirstUntil);
    }

    public UUID id() {
        return id;
    }

    public UUID employerId() {
        return employerId;
    }

    public String title() {
        return title;
    }

    public String occupationCode() {
        return occupationCode;
    }

    public List<RequiredSkill> requiredSkills() {
        return List.copyOf(requiredSkills);
    }

    public BigDecimal hourlyWage() {
        return hourlyWage;
    }

    public int openings() {
        return openings;
    }

    public Shift shift() {
        return shift;
    }

    public VacancyStatus status() {
        return status;
    }

    public CloseReason closeReason() {
        return closeReason;
    }

    public UUID ladderId() {
        return ladderId;
    }

    public UUID rungId() {
        return rungId;
    }

    public Integer tier() {
        return tier;
    }

    public LocalDate internalFirstUntil() {
        return internalFirstUntil;
    }

    public int hired() {
        return hired;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant filledAt() {
        return filledAt;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}

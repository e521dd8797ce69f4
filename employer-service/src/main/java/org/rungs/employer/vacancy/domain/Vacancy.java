package org.rungs.employer.vacancy.domain;

import java.math.BigDecimal;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.employer.VacancyClosed;
import org.rungs.contracts.employer.VacancyOpened;
import org.rungs.spine.domain.AggregateRoot;
import org.rungs.spine.domain.Distinct;

/**
 * A vacancy at one rung: an occupation, the skills it requires at minimum levels, its wage and shift. It opens once
 * ({@code vacancy.opened.v1}) and closes once ({@code vacancy.closed.v1}).
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

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private int version;

    protected Vacancy() {
    }

    /**
     * An employer opens a vacancy. Each skill may be required once; a vacancy has at least one opening and pays a
     * positive wage.
     *
     * @throws SkillRequiredTwice
     *             when an element is listed more than once
     */
    public static Vacancy open(UUID employerId, String title, String occupationCode, List<RequiredSkill> requiredSkills,
            BigDecimal hourlyWage, int openings, Shift shift, Clock clock) {
        List<Integer> repeated = Distinct.repeated(requiredSkills, RequiredSkill::elementId);
        if (!repeated.isEmpty()) {
            throw new SkillRequiredTwice(repeated);
        }
        if (openings < 1) {
            throw new IllegalArgumentException("a vacancy has at least one opening");
        }
        if (hourlyWage == null || hourlyWage.signum() <= 0) {
            throw new IllegalArgumentException("a vacancy pays a positive wage");
        }
        Vacancy v = new Vacancy();
        v.id = UUID.randomUUID();
        v.employerId = Objects.requireNonNull(employerId, "employerId");
        v.title = Objects.requireNonNull(title, "title").strip();
        v.occupationCode = Objects.requireNonNull(occupationCode, "occupationCode");
        v.requiredSkills = new ArrayList<>(requiredSkills);
        v.hourlyWage = hourlyWage;
        v.openings = openings;
        v.shift = Objects.requireNonNull(shift, "shift");
        v.status = VacancyStatus.OPEN;
        v.openedAt = clock.instant();
        v.record(EmployerEvents.VACANCY_OPENED, new VacancyOpened(v.id, v.employerId, v.title, v.occupationCode,
                v.requiredSkills.stream().map(s -> new SkillLevel(s.elementId(), s.minimumLevel())).toList(),
                v.hourlyWage, v.openings, v.shift.wire(), v.openedAt));
        return v;
    }

    /**
     * The vacancy stops taking candidates.
     *
     * @throws VacancyAlreadyClosed
     *             when it was closed before
     */
    public void close(CloseReason reason, Clock clock) {
        if (status == VacancyStatus.CLOSED) {
            throw new VacancyAlreadyClosed(id);
        }
        status = VacancyStatus.CLOSED;
        closeReason = Objects.requireNonNull(reason, "reason");
        closedAt = clock.instant();
        record(EmployerEvents.VACANCY_CLOSED, new VacancyClosed(id, employerId, reason.wire(), closedAt));
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

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}

package org.rungs.employer.vacancy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

/** A vacancy at one rung: an occupation, the skills it requires, its wage and shift. */
@Entity
public class Vacancy {

    @Id
    public UUID id;

    @Column(name = "employer_id", nullable = false)
    public UUID employerId;

    @Column(nullable = false)
    public String title;

    @Column(name = "occupation_code", nullable = false)
    public String occupationCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vacancy_skill", joinColumns = @JoinColumn(name = "vacancy_id"))
    @OrderBy("elementId")
    public List<RequiredSkill> requiredSkills = new ArrayList<>();

    @Column(name = "hourly_wage", nullable = false)
    public BigDecimal hourlyWage;

    @Column(nullable = false)
    public int openings;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Shift shift;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VacancyStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    public CloseReason closeReason;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public int version;
}

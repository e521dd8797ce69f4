package org.rungs.participant.employment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One job in a participant's employment history, kept from employer-service's events: where and at what they were
 * hired, where they stand now (rung, occupation, wage, after any promotion), and whether and why they left.
 */
@Entity
@Table(name = "employment_record")
public class EmploymentRecord {

    @Id
    private UUID id;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "employer_id", nullable = false)
    private UUID employerId;

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

    @Column(name = "promotions", nullable = false)
    private int promotions;

    @Column(name = "last_promoted_on")
    private LocalDate lastPromotedOn;

    @Column(name = "last_checked_on")
    private LocalDate lastCheckedOn;

    @Column(name = "separated_on")
    private LocalDate separatedOn;

    @Column(name = "separation_reason")
    private String separationReason;

    protected EmploymentRecord() {
    }

    /** What a hire says. */
    public record Hire(UUID employmentId, UUID participantId, UUID employerId, boolean incumbent, LocalDate startDate,
            BigDecimal weeklyHours, UUID ladderId, UUID rungId, Integer tier, String occupationCode,
            BigDecimal hourlyWage) {
    }

    public static EmploymentRecord hired(Hire h) {
        EmploymentRecord r = new EmploymentRecord();
        r.id = Objects.requireNonNull(h.employmentId(), "employmentId");
        r.participantId = Objects.requireNonNull(h.participantId(), "participantId");
        r.employerId = Objects.requireNonNull(h.employerId(), "employerId");
        r.incumbent = h.incumbent();
        r.startDate = h.startDate();
        r.weeklyHours = h.weeklyHours();
        r.hiredOccupationCode = h.occupationCode();
        r.hiredWage = h.hourlyWage();
        r.ladderId = h.ladderId();
        r.rungId = h.rungId();
        r.tier = h.tier();
        r.occupationCode = h.occupationCode();
        r.hourlyWage = h.hourlyWage();
        return r;
    }

    /** A promotion moves the worker up; one dated before the latest kept changes only the count. */
    public void promoted(UUID ladder, UUID rung, Integer toTier, String occupation, BigDecimal wage, LocalDate on) {
        promotions++;
        if (lastPromotedOn == null || !on.isBefore(lastPromotedOn)) {
            lastPromotedOn = on;
            ladderId = ladder;
            rungId = rung;
            tier = toTier;
            occupationCode = occupation;
            hourlyWage = wage;
        }
    }

    /** A retention check-in that found the worker still employed notes its day and the wage then. */
    public void checked(LocalDate on, boolean stillEmployed, BigDecimal wage) {
        if (lastCheckedOn == null || on.isAfter(lastCheckedOn)) {
            lastCheckedOn = on;
            if (stillEmployed && wage != null && separatedOn == null) {
                hourlyWage = wage;
            }
        }
    }

    public void separated(LocalDate on, String reason) {
        separatedOn = on;
        separationReason = reason;
    }

    public boolean current() {
        return separatedOn == null;
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

    public UUID ladderId() {
        return ladderId;
    }

    public UUID rungId() {
        return rungId;
    }

    public Integer tier() {
        return tier;
    }

    public String occupationCode() {
        return occupationCode;
    }

    public BigDecimal hourlyWage() {
        return hourlyWage;
    }

    public int promotions() {
        return promotions;
    }

    public LocalDate lastPromotedOn() {
        return lastPromotedOn;
    }

    public LocalDate lastCheckedOn() {
        return lastCheckedOn;
    }

    public LocalDate separatedOn() {
        return separatedOn;
    }

    public String separationReason() {
        return separationReason;
    }
}

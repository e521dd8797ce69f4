package org.rungs.employer.employment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A retention check-in a hire schedules, N days after its start date; recorded as still employed (with the wage, rung
 * and occupation then) or separated.
 */
@Embeddable
public class CheckIn {

    @Column(name = "days_after_hire", nullable = false)
    private int daysAfterHire;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "checked_on")
    private LocalDate checkedOn;

    @Column(name = "still_employed")
    private Boolean stillEmployed;

    @Column(name = "hourly_wage")
    private BigDecimal hourlyWage;

    @Column(name = "rung_id")
    private UUID rungId;

    @Column(name = "occupation_code")
    private String occupationCode;

    protected CheckIn() {
    }

    CheckIn(int daysAfterHire, LocalDate dueOn) {
        this.daysAfterHire = daysAfterHire;
        this.dueOn = dueOn;
    }

    void record(LocalDate on, boolean employed, BigDecimal wage, UUID rung, String occupation) {
        this.checkedOn = on;
        this.stillEmployed = employed;
        this.hourlyWage = wage;
        this.rungId = rung;
        this.occupationCode = occupation;
    }

    public int daysAfterHire() {
        return daysAfterHire;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate checkedOn() {
        return checkedOn;
    }

    public Boolean stillEmployed() {
        return stillEmployed;
    }

    public BigDecimal hourlyWage() {
        return hourlyWage;
    }

    public UUID rungId() {
        return rungId;
    }

    public String occupationCode() {
        return occupationCode;
    }

    public boolean recorded() {
        return checkedOn != null;
    }
}

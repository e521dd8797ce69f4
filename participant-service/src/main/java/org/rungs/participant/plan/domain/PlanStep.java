package org.rungs.participant.plan.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A step toward the plan's goal, with a target date, done on a day. */
@Entity
@Table(name = "plan_step")
public class PlanStep {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StepKind kind;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(nullable = false)
    private int position;

    protected PlanStep() {
    }

    PlanStep(StepKind kind, String description, LocalDate targetDate, int position) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.description = description.strip();
        this.targetDate = targetDate;
        this.position = position;
    }

    void done(LocalDate on) {
        doneOn = on;
    }

    public UUID id() {
        return id;
    }

    public StepKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public LocalDate targetDate() {
        return targetDate;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public int position() {
        return position;
    }

    /** Past its target date and not done, as of the day. */
    public boolean overdue(LocalDate asOf) {
        return doneOn == null && targetDate.isBefore(asOf);
    }
}

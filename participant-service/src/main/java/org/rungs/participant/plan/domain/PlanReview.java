package org.rungs.participant.plan.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.rungs.spine.domain.Text;

/** A review of the plan with the navigator, on a day. */
@Entity
@Table(name = "plan_review")
public class PlanReview {

    @Id
    private UUID id;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(name = "reviewed_by", nullable = false)
    private String reviewedBy;

    @Column(length = 2000)
    private String note;

    protected PlanReview() {
    }

    PlanReview(LocalDate reviewedOn, String reviewedBy, String note) {
        this.id = UUID.randomUUID();
        this.reviewedOn = reviewedOn;
        this.reviewedBy = reviewedBy;
        this.note = Text.optional(note);
    }

    public UUID id() {
        return id;
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public String note() {
        return note;
    }
}

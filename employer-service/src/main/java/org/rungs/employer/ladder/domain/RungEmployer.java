package org.rungs.employer.ladder.domain;

import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An employer that hires into a rung, and its own title for the job. */
@Embeddable
public class RungEmployer {

    @Column(name = "employer_id", nullable = false)
    private UUID employerId;

    @Column(name = "job_title", nullable = false)
    private String jobTitle;

    protected RungEmployer() {
    }

    public RungEmployer(UUID employerId, String jobTitle) {
        this.employerId = Objects.requireNonNull(employerId, "employerId");
        this.jobTitle = Objects.requireNonNull(jobTitle, "jobTitle").strip();
    }

    public UUID employerId() {
        return employerId;
    }

    public String jobTitle() {
        return jobTitle;
    }
}

package org.rungs.reporting.vacancy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A vacancy, open or closed. A closing read before the opening creates the row already closed (occupation and opening
 * time unknown until the opening is read). Written by upsert in {@link VacancyOpenedHandler} and
 * {@link VacancyClosedHandler}; mapped so Hibernate validates the table at start.
 */
@Entity
@Table(name = "vacancy_fact")
public class VacancyFact {

    public static final String OPEN = "open";
    public static final String CLOSED = "closed";

    @Id
    @Column(name = "vacancy_id")
    public UUID vacancyId;

    @Column(name = "employer_id", nullable = false)
    public UUID employerId;

    @Column(name = "occupation_code")
    public String occupationCode;

    /** {@value #OPEN} or {@value #CLOSED}. */
    @Column(nullable = false)
    public String status;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;
}

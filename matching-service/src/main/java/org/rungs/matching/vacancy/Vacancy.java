package org.rungs.matching.vacancy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

/** An open vacancy as matching sees it: its employer, occupation and the skill levels it requires. */
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

    /** O*NET element id to the minimum level on the 0–7 level scale. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vacancy_skill", joinColumns = @JoinColumn(name = "vacancy_id"))
    @MapKeyColumn(name = "element_id")
    @Column(name = "required_level", nullable = false)
    public Map<String, BigDecimal> requiredSkills = new HashMap<>();

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;
}

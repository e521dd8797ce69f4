package org.rungs.training.program;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

/**
 * A program on the training asset map: the occupations it prepares for, the skills it teaches and to what level, the
 * credential it awards, and how, when and for how long it runs, who may enter and what it costs.
 */
@Entity
public class Program {

    @Id
    public UUID id;

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String credential;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "program_occupation", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "occupation_code", nullable = false)
    @OrderColumn(name = "list_index")
    @BatchSize(size = 50)
    public List<String> occupationCodes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "program_skill", joinColumns = @JoinColumn(name = "program_id"))
    @OrderColumn(name = "list_index")
    @BatchSize(size = 50)
    public List<TaughtSkill> skillsTaught = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", nullable = false)
    public DeliveryMode deliveryMode;

    @Column(name = "duration_weeks", nullable = false)
    public int durationWeeks;

    @Column(name = "duration_hours", nullable = false)
    public int durationHours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Schedule schedule;

    @Column(name = "entrance_requirements")
    public String entranceRequirements;

    @Column(nullable = false)
    public BigDecimal cost;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Version
    public int version;
}

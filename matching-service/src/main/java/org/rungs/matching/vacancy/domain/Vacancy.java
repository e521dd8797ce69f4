package org.rungs.matching.vacancy.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

import org.rungs.contracts.common.SkillLevel;

/** An open vacancy as matching sees it: its employer, occupation and the skill levels it requires. */
@Entity
public class Vacancy {

    @Id
    private UUID id;

    @Column(name = "employer_id", nullable = false)
    private UUID employerId;

    @Column(nullable = false)
    private String title;

    @Column(name = "occupation_code", nullable = false)
    private String occupationCode;

    /** O*NET element id to the minimum level on the 0–7 level scale. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "vacancy_skill", joinColumns = @JoinColumn(name = "vacancy_id"))
    @MapKeyColumn(name = "element_id")
    @Column(name = "required_level", nullable = false)
    private Map<String, BigDecimal> requiredSkills = new HashMap<>();

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "internal_first_until")
    private LocalDate internalFirstUntil;

    @Column(name = "open_to_all", nullable = false)
    private boolean openToAll = true;

    @Column(name = "hourly_wage")
    private BigDecimal hourlyWage;

    @Column(name = "shift")
    private String shift;

    @Column(name = "ladder_id")
    private UUID ladderId;

    @Column(name = "rung_id")
    private UUID rungId;

    @Column(name = "tier")
    private Integer tier;

    protected Vacancy() {
    }

    /**
     * An open vacancy as its employer opened it.
     *
     * @throws SkillRequiredTwice
     *             when the vacancy lists an element more than once
     */
    public static Vacancy opened(UUID id, UUID employerId, String title, String occupationCode,
            List<SkillLevel> requiredSkills, Instant openedAt) {
        Vacancy v = new Vacancy();
        v.id = Objects.requireNonNull(id, "id");
        v.employerId = Objects.requireNonNull(employerId, "employerId");
        v.title = Objects.requireNonNull(title, "title");
        v.occupationCode = Objects.requireNonNull(occupationCode, "occupationCode");
        for (SkillLevel skill : requiredSkills) {
            if (v.requiredSkills.put(skill.elementId(), skill.level()) != null) {
                throw new SkillRequiredTwice(skill.elementId());
            }
        }
        v.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        return v;
    }

    /** The vacancy's terms: hourly wage, shift, and the ladder rung it fills (null when it names none). */
    public Vacancy terms(BigDecimal wage, String shiftWorked, UUID ladder, UUID rung, Integer rungTier) {
        hourlyWage = wage;
        shift = shiftWorked;
        ladderId = ladder;
        rungId = rung;
        tier = rungTier;
        return this;
    }

    /**
     * What ranking weighs of the vacancy, with the rungs from which a published ladder leads to its rung and the
     * credentials those steps ask for.
     */
    public Opening opening(Set<UUID> rungsBelow, Set<String> credentialsRequired) {
        return new Opening(employerId, hourlyWage, shift, rungId, tier, occupationCode, rungsBelow,
                credentialsRequired);
    }

    public UUID rungId() {
        return rungId;
    }

    public UUID ladderId() {
        return ladderId;
    }

    /**
     * Until {@code until} (inclusive) the vacancy proposes only the employer's incumbent workers; from the day after,
     * everyone.
     */
    public void internalFirstUntil(LocalDate until, LocalDate today) {
        internalFirstUntil = until;
        openToAll = until == null || today.isAfter(until);
    }

    /** Whether the vacancy proposes only the employer's incumbent workers (its internal-first window is open). */
    public boolean incumbentsOnly() {
        return !openToAll;
    }

    /**
     * The internal-first window has passed by this day: the vacancy proposes everyone from now on.
     *
     * @return whether it changed (the window was open and has passed)
     */
    public boolean windowPassedBy(LocalDate today) {
        if (openToAll || internalFirstUntil == null || !today.isAfter(internalFirstUntil)) {
            return false;
        }
        openToAll = true;
        return true;
    }

    public LocalDate internalFirstUntil() {
        return internalFirstUntil;
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

    /** Element id to the minimum level. */
    public Map<String, BigDecimal> requiredSkills() {
        return Map.copyOf(requiredSkills);
    }

    public Instant openedAt() {
        return openedAt;
    }

    /** The hourly wage it pays (null when its employer named none). */
    public BigDecimal hourlyWage() {
        return hourlyWage;
    }

    /** The shift it works (null when its employer named none). */
    public String shift() {
        return shift;
    }

    /** The tier of the rung it fills (null when it names none). */
    public Integer tier() {
        return tier;
    }

    /** Whether staff of this organisation are the vacancy's employer's. */
    public boolean ofEmployer(String organisation) {
        return employerId.toString().equals(organisation);
    }
}

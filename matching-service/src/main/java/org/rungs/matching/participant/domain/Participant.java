package org.rungs.matching.participant.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
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

/**
 * A participant as matching sees them, built from participant-service's events: their partner agency, whether they
 * consent to share their profile with employers and, only while they do, their skills (the best level seen per O*NET
 * element). Of a participant who does not consent, matching keeps no skills.
 */
@Entity
public class Participant {

    @Id
    private UUID id;

    @Column(name = "partner_agency", nullable = false)
    private String partnerAgency;

    @Column(nullable = false)
    private boolean consenting;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "participant_skill", joinColumns = @JoinColumn(name = "participant_id"))
    @MapKeyColumn(name = "element_id")
    @Column(name = "level", nullable = false)
    private Map<String, BigDecimal> skills = new HashMap<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Participant() {
    }

    /** A participant matching has just learnt of: no consent and no skills yet. */
    public static Participant enrolled(UUID id, String partnerAgency, Instant now) {
        Participant p = new Participant();
        p.id = Objects.requireNonNull(id, "id");
        p.partnerAgency = Objects.requireNonNull(partnerAgency, "partnerAgency");
        p.updatedAt = now;
        return p;
    }

    /** The agency that enrolled them (a later enrolment event may correct it). */
    public void enrolledBy(String agency, Instant now) {
        partnerAgency = Objects.requireNonNull(agency, "agency");
        updatedAt = now;
    }

    /**
     * Records a skill level, if the participant shares their profile and it beats their best for the element.
     *
     * @return whether their skills grew
     */
    public boolean attain(String elementId, BigDecimal level, Instant now) {
        if (!consenting) {
            return false;
        }
        BigDecimal best = skills.get(elementId);
        if (best != null && best.compareTo(level) >= 0) {
            return false;
        }
        skills.put(elementId, level);
        updatedAt = now;
        return true;
    }

    /** They share their profile: matching takes back their skills (best level per element). */
    public void grantConsent(Collection<SkillLevel> current, Instant now) {
        consenting = true;
        current.forEach(s -> attain(s.elementId(), s.level(), now));
        updatedAt = now;
    }

    /** They withdraw consent: matching forgets their skills at once. */
    public void withdrawConsent(Instant now) {
        consenting = false;
        skills.clear();
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String partnerAgency() {
        return partnerAgency;
    }

    public boolean consenting() {
        return consenting;
    }

    /** Element id to best level; empty without consent. */
    public Map<String, BigDecimal> skills() {
        return Map.copyOf(skills);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

package org.rungs.matching.participant;

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

/**
 * A participant as matching sees them: their partner agency, whether they consent to share their profile with employers
 * and, only while they do, their skills (the best level seen per O*NET element).
 */
@Entity
public class Participant {

    @Id
    public UUID id;

    @Column(name = "partner_agency", nullable = false)
    public String partnerAgency;

    @Column(nullable = false)
    public boolean consenting;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "participant_skill", joinColumns = @JoinColumn(name = "participant_id"))
    @MapKeyColumn(name = "element_id")
    @Column(name = "level", nullable = false)
    public Map<String, BigDecimal> skills = new HashMap<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * Records a skill level if it beats what the participant already has for the element.
     *
     * @return whether the participant's skills grew
     */
    public boolean attain(String elementId, BigDecimal level) {
        BigDecimal best = skills.get(elementId);
        if (best != null && best.compareTo(level) >= 0) {
            return false;
        }
        skills.put(elementId, level);
        return true;
    }
}

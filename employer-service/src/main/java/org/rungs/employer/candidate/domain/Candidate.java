package org.rungs.employer.candidate.domain;

import java.math.BigDecimal;
import java.time.Instant;
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

/**
 * employer-service's de-identified copy of a participant, from participant-service's events: the partner agency that
 * serves them, whether they consent to share their profile with employers, and (only while they do) their best level
 * per skill. No name or contact ever reaches this service: an employer reads those from participant-service, once the
 * participant accepted a referral.
 */
@Entity
public class Candidate {

    @Id
    private UUID id;

    @Column(name = "partner_agency", nullable = false)
    private String partnerAgency;

    @Column(name = "shares_with_employers", nullable = false)
    private boolean sharesWithEmployers;

    @Column(name = "consent_changed_at", nullable = false)
    private Instant consentChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "candidate_skill", joinColumns = @JoinColumn(name = "candidate_id"))
    @MapKeyColumn(name = "element_id")
    @Column(name = "level", nullable = false)
    private Map<String, BigDecimal> skills = new HashMap<>();

    protected Candidate() {
    }

    /** A participant enrolled: their agency and the consent they gave at enrolment. */
    public static Candidate enrolled(UUID id, String partnerAgency, boolean shares, Instant at) {
        Candidate c = new Candidate();
        c.id = Objects.requireNonNull(id, "id");
        c.partnerAgency = Objects.requireNonNull(partnerAgency, "partnerAgency");
        c.sharesWithEmployers = shares;
        c.consentChangedAt = at;
        return c;
    }

    /**
     * A consent decision; one older than the decision already kept changes nothing. Withdrawing forgets the skills; a
     * grant brings them back whole.
     *
     * @return whether the participant's consent changed
     */
    public boolean consent(boolean shares, Map<String, BigDecimal> currentSkills, Instant at) {
        if (at.isBefore(consentChangedAt) || shares == sharesWithEmployers) {
            return false;
        }
        sharesWithEmployers = shares;
        consentChangedAt = at;
        skills.clear();
        if (shares) {
            skills.putAll(currentSkills);
        }
        return true;
    }

    /** A skill attained: kept at its best level, while the participant shares with employers. */
    public void attain(String elementId, BigDecimal level) {
        if (sharesWithEmployers) {
            skills.merge(elementId, level, BigDecimal::max);
        }
    }

    public UUID id() {
        return id;
    }

    public String partnerAgency() {
        return partnerAgency;
    }

    public boolean sharesWithEmployers() {
        return sharesWithEmployers;
    }

    public Map<String, BigDecimal> skills() {
        return Map.copyOf(skills);
    }
}

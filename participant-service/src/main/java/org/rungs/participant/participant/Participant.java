package org.rungs.participant.participant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
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
import jakarta.persistence.Version;

/**
 * A worker or job seeker a partner agency serves. Contact details live only here; other services know the participant
 * by id, agency, occupation, wage, barriers and skills.
 */
@Entity
public class Participant {

    @Id
    public UUID id;

    @Column(name = "partner_agency", nullable = false)
    public String partnerAgency;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    public String email;

    public String phone;

    @Column(name = "current_occupation_code")
    public String currentOccupationCode;

    @Column(name = "current_hourly_wage")
    public BigDecimal currentHourlyWage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "participant_barrier", joinColumns = @JoinColumn(name = "participant_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "barrier", nullable = false)
    public Set<Barrier> barriers = new HashSet<>();

    /** Whether the participant consents to employers seeing their profile; see consent history. */
    @Column(name = "consent_to_share", nullable = false)
    public boolean consentToShare;

    @Column(name = "consent_changed_at", nullable = false)
    public Instant consentChangedAt;

    @Column(name = "enrolled_by", nullable = false)
    public String enrolledBy;

    @Column(name = "enrolled_at", nullable = false)
    public Instant enrolledAt;

    @Version
    public int version;
}

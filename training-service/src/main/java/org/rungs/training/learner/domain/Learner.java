package org.rungs.training.learner.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/**
 * What training-service knows of a participant, from participant-service's events: the agency that serves them (whose
 * navigators enrol them), the shift they work, and their best level per skill (entrance requirements are checked
 * against it). No name, no contact.
 */
@Entity
@Table(name = "learner")
public class Learner {

    @Id
    @Column(name = "participant_id")
    private UUID participantId;

    @Column(name = "partner_agency", nullable = false)
    private String partnerAgency;

    @Column(name = "work_shift")
    private String workShift;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "learner_skill", joinColumns = @JoinColumn(name = "participant_id"))
    @MapKeyColumn(name = "element_id")
    @Column(name = "level", nullable = false)
    private Map<String, BigDecimal> skills = new HashMap<>();

    protected Learner() {
    }

    public Learner(UUID participantId, String partnerAgency, String workShift) {
        this.participantId = participantId;
        this.partnerAgency = partnerAgency;
        this.workShift = workShift;
    }

    /** A skill level the participant attained; the best level per element is kept. */
    public void attained(String elementId, BigDecimal level) {
        skills.merge(elementId, level, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    public Optional<BigDecimal> level(String elementId) {
        return Optional.ofNullable(skills.get(elementId));
    }

    public boolean servedBy(String agency) {
        return partnerAgency.equals(agency);
    }

    public UUID participantId() {
        return participantId;
    }

    public String partnerAgency() {
        return partnerAgency;
    }

    /** The shift of their current job (day, evening, night, rotating, flexible); null when unknown. */
    public String workShift() {
        return workShift;
    }
}

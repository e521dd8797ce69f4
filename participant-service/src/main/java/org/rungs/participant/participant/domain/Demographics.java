package org.rungs.participant.participant.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a participant chose to disclose about themselves for equal-opportunity reporting (29 CFR 38.41): kept apart from
 * the case, never shown with a participant, read only in aggregate. Each answer may be withheld (null).
 */
@Entity
@Table(name = "participant_demographics")
public class Demographics {

    @Id
    @Column(name = "participant_id")
    private UUID participantId;

    /** PIRL 201. */
    @Column(length = 16)
    private String sex;

    /** PIRL 210. */
    @Column(name = "hispanic_latino")
    private Boolean hispanicLatino;

    /** PIRL 211. */
    @Column(name = "american_indian_alaska")
    private Boolean americanIndianAlaskaNative;

    /** PIRL 212. */
    private Boolean asian;

    /** PIRL 213. */
    @Column(name = "black_african_american")
    private Boolean blackAfricanAmerican;

    /** PIRL 214. */
    @Column(name = "native_hawaiian_pacific")
    private Boolean nativeHawaiianPacificIslander;

    /** PIRL 215. */
    private Boolean white;

    /** PIRL 202. */
    private Boolean disability;

    /** PIRL 300. */
    private Boolean veteran;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Demographics() {
    }

    /** The answers, as given; null where the participant did not answer. */
    public record Answers(String sex, Boolean hispanicLatino, Boolean americanIndianAlaskaNative, Boolean asian,
            Boolean blackAfricanAmerican, Boolean nativeHawaiianPacificIslander, Boolean white, Boolean disability,
            Boolean veteran) {
    }

    public static Demographics of(UUID participantId, Answers a, Instant recordedAt) {
        Demographics d = new Demographics();
        d.participantId = participantId;
        d.sex = a.sex();
        d.hispanicLatino = a.hispanicLatino();
        d.americanIndianAlaskaNative = a.americanIndianAlaskaNative();
        d.asian = a.asian();
        d.blackAfricanAmerican = a.blackAfricanAmerican();
        d.nativeHawaiianPacificIslander = a.nativeHawaiianPacificIslander();
        d.white = a.white();
        d.disability = a.disability();
        d.veteran = a.veteran();
        d.recordedAt = recordedAt;
        return d;
    }

    public UUID participantId() {
        return participantId;
    }
}

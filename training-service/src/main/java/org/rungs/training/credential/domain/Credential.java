package org.rungs.training.credential.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.persistence.Table;

import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.training.CredentialAwarded;
import org.rungs.contracts.training.TrainingEvents;
import org.rungs.spine.domain.AggregateRoot;
import org.rungs.training.program.domain.CredentialType;
import org.rungs.training.program.domain.Program;
import org.rungs.training.program.domain.TaughtSkill;

/**
 * The credential a participant earned by completing a program: its title and type, the day, and each skill the program
 * teaches with the level reached ({@code credential.awarded.v1}).
 */
@Entity
@Table(name = "credential")
public class Credential extends AggregateRoot {

    @Id
    private UUID id;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "partner_agency", nullable = false)
    private String partnerAgency;

    @Column(name = "program_id", nullable = false)
    private UUID programId;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(name = "enrolment_id", nullable = false)
    private UUID enrolmentId;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CredentialType type;

    @Column(name = "awarded_on", nullable = false)
    private LocalDate awardedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "credential_skill", joinColumns = @JoinColumn(name = "credential_id"))
    @OrderColumn(name = "list_index")
    private List<TaughtSkill> skills = new ArrayList<>();

    @Column(name = "awarded_at", nullable = false)
    private Instant awardedAt;

    protected Credential() {
    }

    /** Awards the program's credential to the participant who completed it on the day. */
    public static Credential award(UUID participantId, String partnerAgency, UUID enrolmentId, Program program,
            LocalDate on, Clock clock) {
        Credential c = new Credential();
        c.id = UUID.randomUUID();
        c.participantId = participantId;
        c.partnerAgency = partnerAgency;
        c.programId = program.id();
        c.providerId = program.providerId();
        c.enrolmentId = enrolmentId;
        c.title = program.credential();
        c.type = program.credentialType();
        c.awardedOn = on;
        c.skills = new ArrayList<>(program.skillsTaught());
        c.awardedAt = clock.instant();
        c.record(TrainingEvents.CREDENTIAL_AWARDED, new CredentialAwarded(c.id, participantId, c.programId,
                c.providerId, enrolmentId, c.title, c.type.wire(), on,
                c.skills.stream().map(s -> new SkillLevel(s.elementId(), s.level())).toList(), c.awardedAt));
        return c;
    }

    public UUID id() {
        return id;
    }

    public UUID participantId() {
        return participantId;
    }

    public String partnerAgency() {
        return partnerAgency;
    }

    public UUID programId() {
        return programId;
    }

    public UUID providerId() {
        return providerId;
    }

    public UUID enrolmentId() {
        return enrolmentId;
    }

    public String title() {
        return title;
    }

    public CredentialType type() {
        return type;
    }

    public LocalDate awardedOn() {
        return awardedOn;
    }

    public List<TaughtSkill> skills() {
        return List.copyOf(skills);
    }

    /** The highest level the credential shows for the element, if it teaches it. */
    public BigDecimal level(String elementId) {
        return skills.stream().filter(s -> s.elementId().equals(elementId)).map(TaughtSkill::level).findFirst()
                .orElse(null);
    }

    public Instant awardedAt() {
        return awardedAt;
    }
}

package org.rungs.training.program.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

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
import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.training.ProgramPublished;
import org.rungs.contracts.training.TrainingEvents;
import org.rungs.spine.domain.AggregateRoot;
import org.rungs.spine.domain.Distinct;
import org.rungs.spine.domain.Text;

/**
 * A program on the training asset map: the occupations it prepares for, the skills it teaches and to what level, the
 * credential it awards, and how, when and for how long it runs, who may enter and what it costs. Publishing it
 * announces it to the network ({@code program.published.v1}).
 */
@Entity
public class Program extends AggregateRoot {

    @Id
    private UUID id;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String credential;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "program_occupation", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "occupation_code", nullable = false)
    @OrderColumn(name = "list_index")
    @BatchSize(size = 50)
    private List<String> occupationCodes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "program_skill", joinColumns = @JoinColumn(name = "program_id"))
    @OrderColumn(name = "list_index")
    @BatchSize(size = 50)
    private List<TaughtSkill> skillsTaught = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", nullable = false)
    private DeliveryMode deliveryMode;

    @Column(name = "duration_weeks", nullable = false)
    private int durationWeeks;

    @Column(name = "duration_hours", nullable = false)
    private int durationHours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Schedule schedule;

    @Column(name = "entrance_requirements")
    private String entranceRequirements;

    @Column(nullable = false)
    private BigDecimal cost;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "credential_type", nullable = false)
    private CredentialType credentialType;

    /** The levels an entrant needs, checked against the participant's skills at enrolment. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "program_entry_skill", joinColumns = @JoinColumn(name = "program_id"))
    @OrderColumn(name = "list_index")
    @BatchSize(size = 50)
    private List<TaughtSkill> entrySkills = new ArrayList<>();

    /** Programs whose credential an entrant must hold. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "program_prerequisite", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "prerequisite_id", nullable = false)
    @OrderColumn(name = "list_index")
    @BatchSize(size = 50)
    private List<UUID> prerequisitePrograms = new ArrayList<>();

    @Version
    private int version;

    protected Program() {
    }

    /** What a provider offers: the program's content, schedule and terms. */
    public record Offer(String title, String credential, List<String> occupationCodes, List<TaughtSkill> skillsTaught,
            DeliveryMode deliveryMode, int durationWeeks, int durationHours, Schedule schedule,
            String entranceRequirements, BigDecimal cost, CredentialType credentialType, List<TaughtSkill> entrySkills,
            List<UUID> prerequisitePrograms) {

        /** An offer without structured entrance requirements, awarding a certificate of completion. */
        public Offer(String title, String credential, List<String> occupationCodes, List<TaughtSkill> skillsTaught,
                DeliveryMode deliveryMode, int durationWeeks, int durationHours, Schedule schedule,
                String entranceRequirements, BigDecimal cost) {
            this(title, credential, occupationCodes, skillsTaught, deliveryMode, durationWeeks, durationHours,
                    schedule, entranceRequirements, cost, null, null, null);
        }
    }

    /**
     * A provider publishes a program. Each occupation and each taught skill is listed once; a program runs at least a
     * week and an hour and costs nothing or more.
     *
     * @throws ProgramListsRepeat
     *             naming every repeated occupation and skill
     */
    public static Program publish(UUID providerId, Offer offer, Clock clock) {
        List<Integer> occupations = Distinct.repeated(offer.occupationCodes(), Function.identity());
        List<Integer> skills = Distinct.repeated(offer.skillsTaught(), TaughtSkill::elementId);
        if (!occupations.isEmpty() || !skills.isEmpty()) {
            throw new ProgramListsRepeat(occupations, skills);
        }
        if (offer.durationWeeks() < 1 || offer.durationHours() < 1 || offer.cost() == null
                || offer.cost().signum() < 0) {
            throw new IllegalArgumentException("a program runs at least a week and an hour and costs 0 or more");
        }
        Program p = new Program();
        p.id = UUID.randomUUID();
        p.providerId = Objects.requireNonNull(providerId, "providerId");
        p.title = Objects.requireNonNull(offer.title(), "title").strip();
        p.credential = Objects.requireNonNull(offer.credential(), "credential").strip();
        p.occupationCodes = new ArrayList<>(offer.occupationCodes());
        p.skillsTaught = new ArrayList<>(offer.skillsTaught());
        p.deliveryMode = Objects.requireNonNull(offer.deliveryMode(), "deliveryMode");
        p.durationWeeks = offer.durationWeeks();
        p.durationHours = offer.durationHours();
        p.schedule = Objects.requireNonNull(offer.schedule(), "schedule");
        p.entranceRequirements = Text.optional(offer.entranceRequirements());
        p.cost = offer.cost();
        p.publishedAt = clock.instant();
        p.credentialType = offer.credentialType() == null
                ? CredentialType.CERTIFICATE_OF_COMPLETION
                : offer.credentialType();
        p.entrySkills = offer.entrySkills() == null ? new ArrayList<>() : new ArrayList<>(offer.entrySkills());
        p.prerequisitePrograms = offer.prerequisitePrograms() == null
                ? new ArrayList<>()
                : new ArrayList<>(offer.prerequisitePrograms());
        p.record(TrainingEvents.PROGRAM_PUBLISHED, new ProgramPublished(p.id, p.providerId, p.title,
                List.copyOf(p.occupationCodes),
                p.skillsTaught.stream().map(s -> new SkillLevel(s.elementId(), s.level())).toList(),
                p.credential, p.deliveryMode.wire(), p.durationWeeks, p.durationHours, p.schedule.wire(),
                p.entranceRequirements, p.cost, p.publishedAt, p.credentialType.wire(),
                p.entrySkills.stream().map(s -> new SkillLevel(s.elementId(), s.level())).toList(),
                List.copyOf(p.prerequisitePrograms)));
        return p;
    }

    public UUID id() {
        return id;
    }

    public UUID providerId() {
        return providerId;
    }

    public String title() {
        return title;
    }

    public String credential() {
        return credential;
    }

    public List<String> occupationCodes() {
        return List.copyOf(occupationCodes);
    }

    public List<TaughtSkill> skillsTaught() {
        return List.copyOf(skillsTaught);
    }

    public DeliveryMode deliveryMode() {
        return deliveryMode;
    }

    public int durationWeeks() {
        return durationWeeks;
    }

    public int durationHours() {
        return durationHours;
    }

    public Schedule schedule() {
        return schedule;
    }

    public String entranceRequirements() {
        return entranceRequirements;
    }

    public BigDecimal cost() {
        return cost;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public CredentialType credentialType() {
        return credentialType;
    }

    public List<TaughtSkill> entrySkills() {
        return List.copyOf(entrySkills);
    }

    public List<UUID> prerequisitePrograms() {
        return List.copyOf(prerequisitePrograms);
    }
}

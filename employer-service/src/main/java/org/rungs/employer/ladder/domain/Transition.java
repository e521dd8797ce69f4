package org.rungs.employer.ladder.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.employer.LadderPublished;

/**
 * A step between two rungs and what it takes, written down so that promotion criteria are transparent: skills at
 * levels, months in the rung, a credential, and the training programs that bridge it.
 */
@Entity
@Table(name = "ladder_transition")
public class Transition {

    @Id
    private UUID id;

    @Column(name = "from_rung_id", nullable = false)
    private UUID fromRungId;

    @Column(name = "to_rung_id", nullable = false)
    private UUID toRungId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TransitionKind kind;

    @ElementCollection
    @CollectionTable(name = "transition_skill", joinColumns = @JoinColumn(name = "transition_id"))
    @OrderColumn(name = "position")
    private List<RequiredSkill> requiredSkills = new ArrayList<>();

    @Column(name = "months_in_rung")
    private Integer monthsInRung;

    @Column
    private String credential;

    @ElementCollection
    @CollectionTable(name = "transition_program", joinColumns = @JoinColumn(name = "transition_id"))
    @OrderColumn(name = "position")
    @Column(name = "program_id", nullable = false)
    private List<UUID> bridgingPrograms = new ArrayList<>();

    protected Transition() {
    }

    Transition(UUID fromRungId, UUID toRungId, TransitionKind kind, PromotionCriteria criteria,
            List<UUID> bridgingPrograms) {
        this.id = UUID.randomUUID();
        this.fromRungId = Objects.requireNonNull(fromRungId, "fromRungId");
        this.toRungId = Objects.requireNonNull(toRungId, "toRungId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.requiredSkills = new ArrayList<>(criteria.skills());
        this.monthsInRung = criteria.monthsInRung();
        this.credential = criteria.credential();
        this.bridgingPrograms = new ArrayList<>(bridgingPrograms);
    }

    public UUID id() {
        return id;
    }

    public UUID fromRungId() {
        return fromRungId;
    }

    public UUID toRungId() {
        return toRungId;
    }

    public TransitionKind kind() {
        return kind;
    }

    public PromotionCriteria criteria() {
        return new PromotionCriteria(List.copyOf(requiredSkills), monthsInRung, credential);
    }

    public List<UUID> bridgingPrograms() {
        return List.copyOf(bridgingPrograms);
    }

    boolean touches(UUID rungId) {
        return fromRungId.equals(rungId) || toRungId.equals(rungId);
    }

    LadderPublished.Transition wire() {
        return new LadderPublished.Transition(id, fromRungId, toRungId, kind.wire(),
                requiredSkills.stream().map(s -> new SkillLevel(s.elementId(), s.minimumLevel())).toList(),
                monthsInRung, credential, List.copyOf(bridgingPrograms));
    }
}

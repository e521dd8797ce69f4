package org.rungs.employer.ladder.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.employer.LadderPublished;
import org.rungs.contracts.employer.LadderRetired;
import org.rungs.employer.suggestion.domain.Taxonomy;
import org.rungs.spine.domain.AggregateRoot;
import org.rungs.spine.domain.Distinct;

/**
 * A career ladder: rungs of rising skill and pay at the network's employers, and the transitions between them. A
 * network admin drafts it, publishes it ({@code ladder.published.v1}, the whole ladder; each publication is a new
 * version) and retires it ({@code ladder.retired.v1}). A published ladder may still be edited; the changes reach the
 * network when it is published again.
 */
@Entity
public class Ladder extends AggregateRoot {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String title;

    @Column(name = "naics_code", nullable = false)
    private String naicsCode;

    @Column(nullable = false)
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Taxonomy taxonomy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LadderKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LadderStatus status;

    @Column(name = "published_version", nullable = false)
    private int publishedVersion;

    @Column(name = "unpublished_changes", nullable = false)
    private boolean unpublishedChanges;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "ladder_id", nullable = false)
    @OrderBy("tier, occupationCode")
    private List<Rung> rungs = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "ladder_id", nullable = false)
    @OrderColumn(name = "position")
    private List<Transition> transitions = new ArrayList<>();

    /** The rungs of the last published version: the only ones employers post, hire and sign agreements at. */
    @ElementCollection
    @CollectionTable(name = "ladder_published_rung", joinColumns = @JoinColumn(name = "ladder_id"))
    @Column(name = "rung_id", nullable = false)
    private Set<UUID> publishedRungs = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Version
    private int version;

    protected Ladder() {
    }

    /** A network admin starts a ladder; it is a draft until published. */
    public static Ladder draft(String title, String naicsCode, String region, Taxonomy taxonomy, LadderKind kind,
            Clock clock) {
        Ladder l = new Ladder();
        l.id = UUID.randomUUID();
        l.title = Objects.requireNonNull(title, "title").strip();
        l.naicsCode = Objects.requireNonNull(naicsCode, "naicsCode");
        l.region = Objects.requireNonNull(region, "region").strip();
        l.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        l.kind = Objects.requireNonNull(kind, "kind");
        l.status = LadderStatus.DRAFT;
        l.createdAt = clock.instant();
        return l;
    }

    /**
     * Adds a rung.
     *
     * @throws RungRefused
     *             when the code is not of the ladder's taxonomy, the tier already has this occupation, the wage band is
     *             reversed, a skill or employer is listed twice, or a single-firm ladder would span two employers
     */
    public Rung addRung(RungDraft draft) {
        requireOpen();
        Map<String, String> refused = new LinkedHashMap<>();
        if (!taxonomy.codes(draft.occupationCode())) {
            refused.put("occupationCode", "is not a " + taxonomy.code() + " code");
        }
        if (draft.tier() < 1) {
            refused.put("tier", "starts at 1 (entry)");
        }
        if (rungs.stream()
                .anyMatch(r -> r.tier() == draft.tier() && r.occupationCode().equals(draft.occupationCode()))) {
            refused.put("occupationCode", "is already a rung at tier " + draft.tier());
        }
        if (!draft.wageBand().isOrdered()) {
            refused.put("wageBand", "runs from a positive wage up to a wage at least as high");
        }
        Distinct.repeated(draft.requiredSkills(), RequiredSkill::elementId)
                .forEach(i -> refused.put("requiredSkills[" + i + "].elementId", "is listed more than once"));
        Distinct.repeated(draft.employers(), RungEmployer::employerId)
                .forEach(i -> refused.put("employers[" + i + "].employerId", "is listed more than once"));
        if (kind == LadderKind.SINGLE_FIRM) {
            Set<UUID> firms = employerIds();
            draft.employers().forEach(e -> firms.add(e.employerId()));
            if (firms.size() > 1) {
                refused.put("employers", "a single-firm ladder has one employer");
            }
        }
        if (!refused.isEmpty()) {
            throw new RungRefused(refused);
        }
        Rung rung = new Rung(draft.tier(), draft.occupationCode(), draft.localTitle(), draft.wageBand(),
                draft.requiredSkills(), draft.requiredCredentials(), draft.employers());
        rungs.add(rung);
        rungs.sort(Comparator.comparingInt(Rung::tier).thenComparing(Rung::occupationCode));
        changed();
        return rung;
    }

    /**
     * Removes a rung and every transition to or from it.
     *
     * @throws RungPublished
     *             when the rung was published: vacancies, agreements and jobs may stand on it
     */
    public void removeRung(UUID rungId) {
        requireOpen();
        Rung rung = rung(rungId).orElseThrow(() -> new UnknownRung(id, rungId));
        if (publishedRungs.contains(rungId)) {
            throw new RungPublished(id, rungId);
        }
        transitions.removeIf(t -> t.touches(rungId));
        rungs.remove(rung);
        changed();
    }

    /**
     * Connects two rungs. The kind follows from them: the next tier in the same occupation family, at an employer both
     * share (or in a single-firm ladder), is vertical; the next tier otherwise is diagonal; the same tier in another
     * family is horizontal. Without criteria, the target rung's required skills and first credential are the criteria.
     *
     * @throws TransitionRefused
     *             when a rung is not on this ladder, the step is none of the three kinds, or the rungs are already
     *             connected this way
     */
    public Transition connect(UUID fromRungId, UUID toRungId, PromotionCriteria criteria, List<UUID> bridgingPrograms) {
        requireOpen();
        Map<String, String> refused = new LinkedHashMap<>();
        Optional<Rung> from = rung(fromRungId);
        Optional<Rung> to = rung(toRungId);
        if (from.isEmpty()) {
            refused.put("fromRungId", "is not a rung of this ladder");
        }
        if (to.isEmpty()) {
            refused.put("toRungId", "is not a rung of this ladder");
        }
        if (!refused.isEmpty()) {
            throw new TransitionRefused(refused);
        }
        Optional<TransitionKind> kindOfStep = kindOf(from.get(), to.get());
        if (kindOfStep.isEmpty()) {
            refused.put("toRungId", "is not a step from tier " + from.get().tier() + ": the next tier, or the same "
                    + "tier in another occupation family");
        }
        if (transitions.stream().anyMatch(t -> t.fromRungId().equals(fromRungId) && t.toRungId().equals(toRungId))) {
            refused.put("toRungId", "is already connected from this rung");
        }
        if (criteria != null) {
            Distinct.repeated(criteria.skills(), RequiredSkill::elementId)
                    .forEach(i -> refused.put("criteria.skills[" + i + "].elementId", "is listed more than once"));
        }
        Distinct.repeated(bridgingPrograms, p -> p)
                .forEach(i -> refused.put("bridgingPrograms[" + i + "]", "is listed more than once"));
        if (!refused.isEmpty()) {
            throw new TransitionRefused(refused);
        }
        PromotionCriteria what = criteria != null
                ? criteria
                : new PromotionCriteria(to.get().requiredSkills(), null,
                        to.get().requiredCredentials().stream().findFirst().orElse(null));
        Transition transition = new Transition(fromRungId, toRungId, kindOfStep.get(), what, bridgingPrograms);
        transitions.add(transition);
        changed();
        return transition;
    }

    /** Removes a transition. */
    public void removeTransition(UUID transitionId) {
        requireOpen();
        Transition transition = transitions.stream().filter(t -> t.id().equals(transitionId)).findFirst()
                .orElseThrow(() -> new UnknownTransition(id, transitionId));
        transitions.remove(transition);
        changed();
    }

    /**
     * Publishes the ladder as it stands, as its next version.
     *
     * @throws LadderIncomplete
     *             when it has no rungs, no entry tier, a gap between tiers, or a rung above entry that no transition
     *             reaches
     */
    public void publish(Clock clock) {
        requireOpen();
        Map<String, String> missing = new LinkedHashMap<>();
        TreeSet<Integer> tiers = rungs.stream().map(Rung::tier).collect(Collectors.toCollection(TreeSet::new));
        if (rungs.isEmpty()) {
            missing.put("rungs", "a ladder has at least one rung");
        } else {
            if (tiers.first() != 1) {
                missing.put("rungs", "a ladder starts at tier 1 (entry)");
            }
            for (int tier = tiers.first(); tier < tiers.last(); tier++) {
                if (!tiers.contains(tier)) {
                    missing.put("rungs", "tier " + tier + " has no rung");
                }
            }
            for (int i = 0; i < rungs.size(); i++) {
                Rung rung = rungs.get(i);
                if (rung.tier() > 1 && transitions.stream().noneMatch(t -> t.toRungId().equals(rung.id()))) {
                    missing.put("rungs[" + i + "]", rung.localTitle() + " (tier " + rung.tier()
                            + ") is reached by no transition");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new LadderIncomplete(id, missing);
        }
        status = LadderStatus.PUBLISHED;
        publishedVersion++;
        publishedRungs.clear();
        rungs.forEach(r -> publishedRungs.add(r.id()));
        publishedAt = clock.instant();
        unpublishedChanges = false;
        record(EmployerEvents.LADDER_PUBLISHED, new LadderPublished(id, publishedVersion, title, naicsCode, region,
                taxonomy.code(), kind.wire(), rungs.stream().map(Rung::wire).toList(),
                transitions.stream().map(Transition::wire).toList(), publishedAt));
    }

    /**
     * The ladder is no longer offered.
     *
     * @throws LadderNotPublished
     *             when it was never published (a draft is simply left)
     */
    public void retire(Clock clock) {
        requireOpen();
        if (status != LadderStatus.PUBLISHED) {
            throw new LadderNotPublished(id);
        }
        status = LadderStatus.RETIRED;
        retiredAt = clock.instant();
        record(EmployerEvents.LADDER_RETIRED, new LadderRetired(id, publishedVersion, retiredAt));
    }

    /** The kind of step from one rung to another, if it is one. */
    Optional<TransitionKind> kindOf(Rung from, Rung to) {
        boolean sameFamily = taxonomy.family(from.occupationCode()).equals(taxonomy.family(to.occupationCode()));
        if (to.tier() == from.tier() + 1) {
            boolean sameEmployer = kind == LadderKind.SINGLE_FIRM || from.sharesAnEmployerWith(to);
            return Optional.of(sameFamily && sameEmployer ? TransitionKind.VERTICAL : TransitionKind.DIAGONAL);
        }
        if (to.tier() == from.tier() && !sameFamily) {
            return Optional.of(TransitionKind.HORIZONTAL);
        }
        return Optional.empty();
    }

    private void requireOpen() {
        if (status == LadderStatus.RETIRED) {
            throw new LadderRetiredAlready(id);
        }
    }

    private void changed() {
        unpublishedChanges = status == LadderStatus.PUBLISHED;
    }

    private Set<UUID> employerIds() {
        return rungs.stream().flatMap(r -> r.employers().stream()).map(RungEmployer::employerId)
                .collect(Collectors.toCollection(HashSet::new));
    }

    public Optional<Rung> rung(UUID rungId) {
        return rungs.stream().filter(r -> r.id().equals(rungId)).findFirst();
    }

    /**
     * A rung of the published ladder: one the last publication carried, while the ladder is published. Employers post
     * vacancies, record jobs and sign agreements only at these; a rung added since waits for the next publication.
     */
    public Optional<Rung> publishedRung(UUID rungId) {
        return status == LadderStatus.PUBLISHED && publishedRungs.contains(rungId) ? rung(rungId) : Optional.empty();
    }

    /** Whether an employer hires into any rung of this ladder. */
    public boolean involves(UUID employerId) {
        return rungs.stream().anyMatch(r -> r.jobTitleAt(employerId).isPresent());
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String naicsCode() {
        return naicsCode;
    }

    public String region() {
        return region;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public LadderKind kind() {
        return kind;
    }

    public LadderStatus status() {
        return status;
    }

    public int publishedVersion() {
        return publishedVersion;
    }

    public boolean unpublishedChanges() {
        return unpublishedChanges;
    }

    public List<Rung> rungs() {
        return List.copyOf(rungs);
    }

    public List<Transition> transitions() {
        return List.copyOf(transitions);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant retiredAt() {
        return retiredAt;
    }
}

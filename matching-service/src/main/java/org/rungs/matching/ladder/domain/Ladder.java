package org.rungs.matching.ladder.domain;

import java.math.BigDecimal;
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
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.employer.LadderPublished;

/**
 * A career ladder as matching sees it, built from employer-service's events: its latest published version only, with
 * the rungs (occupation, tier, wage band, required skills) and the transitions between them (kind, promotion criteria)
 * that ranking a vacancy as a participant's next rung needs.
 * <p>
 * Each publication is a new version and only a higher one replaces what is kept, so an older version read late, or one
 * read again, changes nothing. A retirement is final: it holds whatever is published after it (employer-service
 * publishes nothing after it; a replay or a late read may), and one read before any publication is kept as a retired
 * ladder of version 0, with no rungs until its publication is read.
 */
@Entity
public class Ladder {

    @Id
    private UUID id;

    /** The version kept; 0 while only the retirement has been read. */
    @Column(nullable = false)
    private int version;

    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LadderStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "ladder_rung", joinColumns = @JoinColumn(name = "ladder_id"))
    private List<Rung> rungs = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "ladder_rung_skill", joinColumns = @JoinColumn(name = "ladder_id"))
    @AttributeOverride(name = "owner", column = @Column(name = "rung_id", nullable = false))
    private List<RequiredLevel> rungSkills = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "ladder_transition", joinColumns = @JoinColumn(name = "ladder_id"))
    private List<Transition> transitions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "ladder_transition_skill", joinColumns = @JoinColumn(name = "ladder_id"))
    @AttributeOverride(name = "owner", column = @Column(name = "transition_id", nullable = false))
    private List<RequiredLevel> criteria = new ArrayList<>();

    protected Ladder() {
    }

    /**
     * A ladder matching learns of by its publication.
     *
     * @throws LadderInconsistent
     *             when a rung or transition is listed twice, an element is required twice by one rung or transition, or
     *             a transition names a rung the ladder does not have
     */
    public static Ladder published(LadderPublished publication, Instant now) {
        Ladder l = new Ladder();
        l.id = Objects.requireNonNull(publication.ladderId(), "ladderId");
        l.status = LadderStatus.PUBLISHED;
        l.take(publication, now);
        return l;
    }

    /** A ladder matching learns of by its retirement: retired, of version 0, with no rungs yet. */
    public static Ladder retiredUnseen(UUID id, Instant retiredAt, Instant now) {
        Ladder l = new Ladder();
        l.id = Objects.requireNonNull(id, "id");
        l.status = LadderStatus.RETIRED;
        l.retiredAt = Objects.requireNonNull(retiredAt, "retiredAt");
        l.updatedAt = now;
        return l;
    }

    /**
     * Takes a publication of the ladder if its version is higher than the one kept; a retired ladder stays retired.
     *
     * @return whether it took it (false for an older version or the same one again)
     * @throws LadderInconsistent
     *             as {@link #published(LadderPublished, Instant)}, for a version it would take
     */
    public boolean publish(LadderPublished publication, Instant now) {
        if (!id.equals(publication.ladderId())) {
            throw new IllegalArgumentException("publication of ladder " + publication.ladderId() + " is not " + id);
        }
        if (publication.version() <= version) {
            return false;
        }
        take(publication, now);
        return true;
    }

    /** The ladder is no longer offered, for good; of two retirements read, the earlier is kept. */
    public void retire(Instant at, Instant now) {
        status = LadderStatus.RETIRED;
        retiredAt = retiredAt == null || at.isBefore(retiredAt) ? at : retiredAt;
        updatedAt = now;
    }

    private void take(LadderPublished p, Instant now) {
        List<Rung> newRungs = new ArrayList<>();
        List<RequiredLevel> newRungSkills = new ArrayList<>();
        Set<UUID> rungIds = new HashSet<>();
        for (LadderPublished.Rung r : p.rungs()) {
            if (!rungIds.add(r.rungId())) {
                throw new LadderInconsistent("rungs list " + r.rungId() + " more than once");
            }
            newRungs.add(new Rung(r.rungId(), r.tier(), r.occupationCode(), r.wageBand().from(), r.wageBand().to(),
                    r.requiredCredentials() == null ? java.util.List.of() : r.requiredCredentials()));
            newRungSkills.addAll(levels(r.rungId(), "rung", r.requiredSkills()));
        }
        List<Transition> newTransitions = new ArrayList<>();
        List<RequiredLevel> newCriteria = new ArrayList<>();
        Set<UUID> transitionIds = new HashSet<>();
        for (LadderPublished.Transition t : p.transitions()) {
            if (!transitionIds.add(t.transitionId())) {
                throw new LadderInconsistent("transitions list " + t.transitionId() + " more than once");
            }
            if (!rungIds.contains(t.fromRungId()) || !rungIds.contains(t.toRungId())) {
                throw new LadderInconsistent("transition " + t.transitionId() + " names a rung the ladder does not "
                        + "have");
            }
            newTransitions.add(new Transition(t.transitionId(), t.fromRungId(), t.toRungId(), t.kind(),
                    t.monthsInRung(), t.credential()));
            newCriteria.addAll(levels(t.transitionId(), "transition", t.requiredSkills()));
        }
        version = p.version();
        title = Objects.requireNonNull(p.title(), "title");
        publishedAt = Objects.requireNonNull(p.publishedAt(), "publishedAt");
        rungs.clear();
        rungs.addAll(newRungs);
        rungSkills.clear();
        rungSkills.addAll(newRungSkills);
        transitions.clear();
        transitions.addAll(newTransitions);
        criteria.clear();
        criteria.addAll(newCriteria);
        updatedAt = now;
    }

    private static List<RequiredLevel> levels(UUID owner, String what, List<SkillLevel> skills) {
        Set<String> seen = new HashSet<>();
        List<RequiredLevel> levels = new ArrayList<>();
        for (SkillLevel s : skills) {
            if (!seen.add(s.elementId())) {
                throw new LadderInconsistent(what + " " + owner + " requires " + s.elementId() + " more than once");
            }
            levels.add(new RequiredLevel(owner, s.elementId(), s.level()));
        }
        return levels;
    }

    public UUID id() {
        return id;
    }

    /** The version kept; 0 while only the retirement has been read. */
    public int version() {
        return version;
    }

    /** Null while only the retirement has been read. */
    public String title() {
        return title;
    }

    public LadderStatus status() {
        return status;
    }

    /** Whether the ladder is offered: a version of it is kept and it is not retired. */
    public boolean offered() {
        return status == LadderStatus.PUBLISHED && version > 0;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The rungs, by tier (entry first), then rung id. */
    public List<Rung> rungs() {
        return rungs.stream().sorted(Comparator.comparingInt(Rung::tier).thenComparing(Rung::rungId)).toList();
    }

    public Optional<Rung> rung(UUID rungId) {
        return rungs.stream().filter(r -> r.rungId().equals(rungId)).findFirst();
    }

    /** The skills a rung requires: element id to minimum level (empty for a rung the ladder does not have). */
    public Map<String, BigDecimal> requiredSkills(UUID rungId) {
        return levelsOf(rungSkills, rungId);
    }

    public List<Transition> transitions() {
        return List.copyOf(transitions);
    }

    /** The steps up or across from a rung: where a worker in it may go next. */
    public List<Transition> transitionsFrom(UUID rungId) {
        return transitions.stream().filter(t -> t.fromRungId().equals(rungId)).toList();
    }

    /** The skills a transition's promotion criteria require: element id to minimum level. */
    public Map<String, BigDecimal> criteria(UUID transitionId) {
        return levelsOf(criteria, transitionId);
    }

    private static Map<String, BigDecimal> levelsOf(List<RequiredLevel> levels, UUID owner) {
        Map<String, BigDecimal> of = new LinkedHashMap<>();
        levels.stream().filter(l -> l.owner().equals(owner)).forEach(l -> of.put(l.elementId(), l.level()));
        return of;
    }
}

package org.rungs.matching.match;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.rungs.matching.participant.Participant;
import org.rungs.matching.vacancy.Vacancy;

/**
 * A participant proposed for an open vacancy, with the latest score and its skill-by-skill explanation. There is at
 * most one per vacancy and participant; its id is derived from both, so every proposal for the pair shares it.
 */
@Entity
@Table(name = "vacancy_match")
public class Match implements Ranking.Ranked {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vacancy_id")
    public Vacancy vacancy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    public Participant participant;

    @Column(nullable = false)
    public BigDecimal score;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vacancy_match_skill", joinColumns = @JoinColumn(name = "match_id"))
    @OrderBy("elementId")
    @BatchSize(size = 64)
    public List<MatchSkill> skills = new ArrayList<>();

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    @Version
    public int version;

    /** The match id of a vacancy and participant: the same every time, on every instance. */
    public static UUID idOf(UUID vacancyId, UUID participantId) {
        return UUID.nameUUIDFromBytes((vacancyId + "/" + participantId).getBytes(StandardCharsets.UTF_8));
    }

    /** Takes the score and explanation of an evaluation. */
    void explain(Evaluation evaluation) {
        score = evaluation.score();
        List<MatchSkill> explained = new ArrayList<>();
        evaluation.met().forEach(g -> explained.add(new MatchSkill(g, true)));
        evaluation.missing().forEach(g -> explained.add(new MatchSkill(g, false)));
        explained.sort(Comparator.comparing(s -> s.elementId));
        skills.clear();
        skills.addAll(explained);
    }

    /** The stored score and explanation. */
    public Evaluation evaluation() {
        return new Evaluation(Evaluation.plain(score), skills.stream().filter(s -> s.met).map(MatchSkill::gap).toList(),
                skills.stream().filter(s -> !s.met).map(MatchSkill::gap).toList());
    }

    @Override
    public UUID participantId() {
        return participant.id;
    }

    @Override
    public BigDecimal score() {
        return score;
    }
}

package org.rungs.matching.match.domain;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rungs.contracts.matching.MatchProposed;
import org.rungs.contracts.matching.MatchWithdrawn;
import org.rungs.contracts.matching.MatchingEvents;
import org.rungs.contracts.matching.RankFactor;
import org.rungs.matching.vacancy.domain.Vacancy;
import org.rungs.spine.domain.AggregateRoot;

/**
 * A participant proposed for an open vacancy, with the latest score and its skill-by-skill explanation. There is at
 * most one per vacancy and participant; its id is derived from both, so every proposal for the pair shares it. Each
 * proposal is announced ({@code match.proposed.v1}); a later one supersedes an earlier, and a withdrawal is announced
 * too ({@code match.withdrawn.v1}).
 */
@Entity
@Table(name = "vacancy_match")
public class Match extends AggregateRoot implements Ranking.Ranked {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vacancy_id")
    private Vacancy vacancy;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "partner_agency", nullable = false)
    private String partnerAgency;

    @Column(nullable = false)
    private BigDecimal score;

    @Column(nullable = false)
    private BigDecimal rank;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Appraisal.Factor> factors = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vacancy_match_skill", joinColumns = @JoinColumn(name = "match_id"))
    @OrderBy("elementId")
    @BatchSize(size = 64)
    private List<MatchSkill> skills = new ArrayList<>();

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Version
    private int version;

    protected Match() {
    }

    /** The match id of a vacancy and participant: the same every time, on every instance. */
    public static UUID idOf(UUID vacancyId, UUID participantId) {
        return UUID.nameUUIDFromBytes((vacancyId + "/" + participantId).getBytes(StandardCharsets.UTF_8));
    }

    /** Proposes a participant (of the partner agency) for a vacancy for the first time. */
    public static Match propose(Vacancy vacancy, UUID participantId, String partnerAgency, Appraisal appraisal,
            Instant now) {
        Match m = new Match();
        m.id = idOf(vacancy.id(), participantId);
        m.vacancy = vacancy;
        m.participantId = participantId;
        m.partnerAgency = partnerAgency;
        m.proposeAgain(appraisal, now);
        return m;
    }

    /** Proposes the participant again, with a new score or rank. */
    public void proposeAgain(Appraisal appraisal, Instant now) {
        explain(appraisal);
        proposedAt = now;
        Evaluation evaluation = appraisal.evaluation();
        record(MatchingEvents.MATCH_PROPOSED, new MatchProposed(id, vacancy.id(), vacancy.employerId(),
                participantId, partnerAgency, evaluation.score(), evaluation.met(), evaluation.missing(), now,
                appraisal.rank(), appraisal.factors().stream().map(f -> new RankFactor(f.name(), f.value(),
                        f.weight(), f.reason())).toList()));
    }

    /** Why a participant is no longer proposed for a vacancy. */
    public enum Withdrawal {

        CONSENT_WITHDRAWN, VACANCY_CLOSED, VACANCY_FILLED, OUTRANKED, NO_LONGER_QUALIFIES;

        /** As {@code match.withdrawn.v1} names it. */
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The participant is no longer proposed: announced ({@code match.withdrawn.v1}); the caller removes the match. */
    public void withdraw(Withdrawal reason, Instant now) {
        record(MatchingEvents.MATCH_WITHDRAWN, new MatchWithdrawn(id, vacancy.id(), vacancy.employerId(),
                participantId, reason.wire(), now));
    }

    /** Takes the explanation of an appraisal of the same score and rank, without proposing again. */
    public void explain(Appraisal appraisal) {
        Evaluation evaluation = appraisal.evaluation();
        score = evaluation.score();
        rank = appraisal.rank();
        factors = new ArrayList<>(appraisal.factors());
        List<MatchSkill> explained = new ArrayList<>();
        evaluation.met().forEach(g -> explained.add(new MatchSkill(g, true)));
        evaluation.missing().forEach(g -> explained.add(new MatchSkill(g, false)));
        explained.sort(Comparator.comparing(MatchSkill::elementId));
        skills.clear();
        skills.addAll(explained);
    }

    /** Whether the stored score, rank and explanation are the appraisal's. */
    public boolean explains(Appraisal appraisal) {
        return evaluation().equals(appraisal.evaluation()) && rank.compareTo(appraisal.rank()) == 0
                && factors.equals(appraisal.factors());
    }

    /** The stored appraisal. */
    public Appraisal appraisal() {
        return new Appraisal(evaluation(), Evaluation.plain(rank), List.copyOf(factors));
    }

    /** The stored score and explanation. */
    public Evaluation evaluation() {
        return new Evaluation(Evaluation.plain(score), skills.stream().filter(MatchSkill::met).map(MatchSkill::gap)
                .toList(), skills.stream().filter(s -> !s.met()).map(MatchSkill::gap).toList());
    }

    public UUID id() {
        return id;
    }

    public Vacancy vacancy() {
        return vacancy;
    }

    public String partnerAgency() {
        return partnerAgency;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    @Override
    public UUID participantId() {
        return participantId;
    }

    @Override
    public BigDecimal score() {
        return score;
    }

    @Override
    public BigDecimal rank() {
        return rank;
    }
}

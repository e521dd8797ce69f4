package org.rungs.matching.match.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.rungs.contracts.matching.MatchProposed;
import org.rungs.contracts.matching.MatchWithdrawn;
import org.rungs.contracts.matching.MatchingEvents;
import org.rungs.contracts.matching.RankFactor;
import org.rungs.matching.vacancy.domain.Vacancy;
import org.rungs.spine.domain.AggregateRoot;

/**
 * A participant proposed for an open vacancy, with the latest score and rank. There is at most one per vacancy and
 * participant; its id is derived from both, so every proposal for the pair shares it. Each proposal is announced
 * ({@code match.proposed.v1}); a later one supersedes an earlier, and a withdrawal is announced too
 * ({@code match.withdrawn.v1}). A stored match keeps its explanation's digest ({@link Appraisal#digest}): deciding
 * whether a new appraisal changes it needs no more. Matches are stored in plain SQL ({@link Matches}): the participant
 * feed proposes thousands a second.
 */
public class Match extends AggregateRoot implements Ranking.Ranked {

    private final UUID id;
    private final UUID vacancyId;
    private final UUID employerId;
    private final UUID participantId;
    private final String partnerAgency;
    private BigDecimal score;
    private BigDecimal rank;
    private long digest;
    /** The appraisal the match was last proposed or explained with, in this transaction (to be written). */
    private Appraisal explanation;
    private Instant proposedAt;

    private Match(UUID vacancyId, UUID employerId, UUID participantId, String partnerAgency) {
        this.id = idOf(vacancyId, participantId);
        this.vacancyId = vacancyId;
        this.employerId = employerId;
        this.participantId = participantId;
        this.partnerAgency = partnerAgency;
    }

    /** The match id of a vacancy and participant: the same every time, on every instance. */
    public static UUID idOf(UUID vacancyId, UUID participantId) {
        return UUID.nameUUIDFromBytes((vacancyId + "/" + participantId).getBytes(StandardCharsets.UTF_8));
    }

    /** Proposes a participant (of the partner agency) for a vacancy for the first time. */
    public static Match propose(Vacancy vacancy, UUID participantId, String partnerAgency, Appraisal appraisal,
            Instant now) {
        Match m = new Match(vacancy.id(), vacancy.employerId(), participantId, partnerAgency);
        m.proposeAgain(appraisal, now);
        return m;
    }

    /** A match as stored: its score, rank and the digest of its explanation. */
    public static Match stored(UUID vacancyId, UUID employerId, UUID participantId, String partnerAgency,
            BigDecimal score, BigDecimal rank, long digest, Instant proposedAt) {
        Match m = new Match(vacancyId, employerId, participantId, partnerAgency);
        m.score = score;
        m.rank = rank;
        m.digest = digest;
        m.proposedAt = proposedAt;
        return m;
    }

    /** Proposes the participant again, with a new score or rank. */
    public void proposeAgain(Appraisal appraisal, Instant now) {
        explain(appraisal);
        proposedAt = now;
        Evaluation evaluation = appraisal.evaluation();
        record(MatchingEvents.MATCH_PROPOSED, new MatchProposed(id, vacancyId, employerId, participantId,
                partnerAgency, evaluation.score(), evaluation.met(), evaluation.missing(), now, appraisal.rank(),
                appraisal.factors().stream().map(f -> new RankFactor(f.name(), f.value(), f.weight(), f.reason()))
                        .toList()));
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
        record(MatchingEvents.MATCH_WITHDRAWN, new MatchWithdrawn(id, vacancyId, employerId, participantId,
                reason.wire(), now));
    }

    /**
     * Of the proposals and withdrawal recorded in this transaction, only the latest is announced: each states the whole
     * match (a proposal with its explanation, or that it is gone), so it supersedes those before it.
     */
    public void announceLatestOnly() {
        keepLatestEvent();
    }

    /** Forgets what was recorded in this transaction: the match never existed outside it. */
    public void announceNothing() {
        takeEvents();
    }

    /** Takes the explanation of an appraisal of the same score and rank, without proposing again. */
    public void explain(Appraisal appraisal) {
        score = appraisal.score();
        rank = appraisal.rank();
        digest = appraisal.digest();
        explanation = appraisal;
    }

    /** Whether the stored score, rank and explanation are the appraisal's. */
    public boolean explains(Appraisal appraisal) {
        return appraisal.sameAs(score, rank) && digest == appraisal.digest();
    }

    /** The appraisal the match was proposed or explained with in this transaction; none when only read. */
    public Optional<Appraisal> explanation() {
        return Optional.ofNullable(explanation);
    }

    public long digest() {
        return digest;
    }

    public UUID id() {
        return id;
    }

    public UUID vacancyId() {
        return vacancyId;
    }

    public UUID employerId() {
        return employerId;
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

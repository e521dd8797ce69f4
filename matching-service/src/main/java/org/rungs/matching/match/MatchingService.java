package org.rungs.matching.match;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.rungs.matching.participant.Participant;
import org.rungs.matching.participant.ParticipantRepository;
import org.rungs.matching.vacancy.Vacancy;
import org.rungs.matching.vacancy.VacancyRepository;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.MatchProposedEvent;
import org.rungs.spine.events.SkillLevel;
import org.rungs.spine.outbox.Outbox;

/**
 * Proposes consenting participants for open vacancies and keeps the proposals current as skills and consent change.
 * Every proposal is stored and announced ({@code match.proposed.v1}) through the outbox in the caller's transaction.
 * <p>
 * Event handlers call {@link #lock()} first: matching work is serialized, so a vacancy opening at the same moment as a
 * participant's new skill can never miss the pair.
 */
@ApplicationScoped
public class MatchingService {

    private final MatchRepository matches;
    private final ParticipantRepository participants;
    private final VacancyRepository vacancies;
    private final Outbox outbox;
    private final MatchingConfig config;
    private final EntityManager em;

    public MatchingService(MatchRepository matches, ParticipantRepository participants, VacancyRepository vacancies,
            Outbox outbox, MatchingConfig config, EntityManager em) {
        this.matches = matches;
        this.participants = participants;
        this.vacancies = vacancies;
        this.outbox = outbox;
        this.config = config;
        this.em = em;
    }

    /** Waits for, then holds until the transaction ends, the lock every change to the read models takes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock() {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(current_schema() || '.matching'))")
                .getSingleResult();
    }

    /** Ranks every consenting participant for a newly opened vacancy and proposes the best. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Match> proposeFor(Vacancy vacancy) {
        List<Candidate> ranked = Ranking.top(participants.consentingWithSkills().stream()
                .map(p -> new Candidate(p, Evaluation.of(vacancy.requiredSkills, p.skills)))
                .toList(), config.minScore(), config.maxProposals());
        Instant now = now();
        return ranked.stream().map(c -> propose(vacancy, c, null, now)).toList();
    }

    /**
     * Weighs a consenting participant again against every open vacancy, after their skills grew or they consented. A
     * new proposal is made only where the score changed and reaches the minimum score.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reevaluate(Participant participant) {
        Map<UUID, Match> existing = matches.ofParticipant(participant.id).stream()
                .collect(Collectors.toMap(m -> m.vacancy.id, Function.identity()));
        Instant now = now();
        for (Vacancy vacancy : vacancies.openWithSkills()) {
            Candidate candidate = new Candidate(participant, Evaluation.of(vacancy.requiredSkills, participant.skills));
            Match match = existing.get(vacancy.id);
            if (match != null && candidate.evaluation().sameScore(match.score)) {
                if (!match.evaluation().equals(candidate.evaluation())) {
                    match.explain(candidate.evaluation());
                }
            } else if (!candidate.evaluation().qualifies(config.minScore())) {
                if (match != null) {
                    matches.delete(match);
                }
            } else if (match != null || makeRoom(vacancy, candidate)) {
                propose(vacancy, candidate, match, now);
            }
        }
    }

    /**
     * Applies a participant's consent. Granting takes back the skills snapshot (best level per element) and weighs the
     * participant against every open vacancy; withdrawing forgets their skills and matches at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changeConsent(Participant participant, boolean share, List<SkillLevel> skills) {
        participant.updatedAt = now();
        if (share) {
            participant.consenting = true;
            skills.forEach(s -> participant.attain(s.elementId(), s.level()));
            reevaluate(participant);
        } else {
            participant.consenting = false;
            participant.skills.clear();
            matches.deleteOfParticipant(participant.id);
        }
    }

    /** Drops every match of a vacancy that closed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(Vacancy vacancy) {
        matches.deleteOfVacancy(vacancy.id);
    }

    /**
     * Makes room for a new candidate on a vacancy that already has the most proposals allowed: the candidate takes the
     * place of the last-ranked match if it ranks before it.
     *
     * @return whether the candidate may be proposed
     */
    private boolean makeRoom(Vacancy vacancy, Candidate candidate) {
        if (matches.countFor(vacancy.id) < config.maxProposals()) {
            return true;
        }
        Match last = matches.lowest(vacancy.id);
        if (last == null || !Ranking.ranksBefore(candidate, last)) {
            return false;
        }
        matches.delete(last);
        matches.flush();
        return true;
    }

    private Match propose(Vacancy vacancy, Candidate candidate, Match match, Instant now) {
        Participant participant = candidate.participant();
        Evaluation evaluation = candidate.evaluation();
        if (match == null) {
            match = new Match();
            match.id = Match.idOf(vacancy.id, participant.id);
            match.vacancy = vacancy;
            match.participant = participant;
            match.explain(evaluation);
            match.proposedAt = now;
            matches.persist(match);
        } else {
            match.explain(evaluation);
            match.proposedAt = now;
        }
        outbox.record(EventType.MATCH_PROPOSED, match.id, now,
                new MatchProposedEvent(match.id, vacancy.id, vacancy.employerId, participant.id,
                        participant.partnerAgency, evaluation.score(), evaluation.met(), evaluation.missing(), now));
        return match;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** A participant weighed against one vacancy. */
    record Candidate(Participant participant, Evaluation evaluation) implements Ranking.Ranked {

        @Override
        public UUID participantId() {
            return participant.id;
        }

        @Override
        public BigDecimal score() {
            return evaluation.score();
        }
    }
}

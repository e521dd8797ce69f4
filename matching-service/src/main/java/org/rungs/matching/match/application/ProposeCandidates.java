package org.rungs.matching.match.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.rungs.contracts.employer.VacancyClosed;
import org.rungs.contracts.employer.VacancyFilled;
import org.rungs.contracts.employer.VacancyOpened;
import org.rungs.matching.employment.domain.Incumbencies;
import org.rungs.matching.index.application.CandidateIndex;
import org.rungs.matching.match.domain.Evaluation;
import org.rungs.matching.match.domain.Match;
import org.rungs.matching.match.domain.Matches;
import org.rungs.matching.match.domain.Ranking;
import org.rungs.matching.participant.domain.Participant;
import org.rungs.matching.participant.domain.Participants;
import org.rungs.matching.vacancy.domain.SkillRequiredTwice;
import org.rungs.matching.vacancy.domain.Vacancies;
import org.rungs.matching.vacancy.domain.Vacancy;
import org.rungs.spine.events.PoisonEventException;
import org.rungs.spine.messaging.EventLock;
import org.rungs.spine.outbox.Outbox;

import io.quarkus.scheduler.Scheduled;

/**
 * An employer opened a vacancy: matching keeps it and proposes the best-ranked consenting participants, each announced
 * as {@code match.proposed.v1}. When the vacancy closes, or hires fill it, matching forgets it and its matches: it
 * takes no more candidates.
 */
@ApplicationScoped
public class ProposeCandidates {

    private static final Logger LOG = Logger.getLogger(ProposeCandidates.class);

    private final Vacancies vacancies;
    private final Participants participants;
    private final Incumbencies incumbencies;
    private final Matches matches;
    private final Outbox outbox;
    private final MatchingConfig config;
    private final EventLock eventLock;
    private final CandidateIndex index;
    private final Clock clock;

    public ProposeCandidates(Vacancies vacancies, Participants participants, Incumbencies incumbencies,
            Matches matches, Outbox outbox, MatchingConfig config, EventLock eventLock, CandidateIndex index,
            Clock clock) {
        this.index = index;
        this.eventLock = eventLock;
        this.vacancies = vacancies;
        this.participants = participants;
        this.incumbencies = incumbencies;
        this.matches = matches;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** A participant weighed against one vacancy. */
    record Candidate(Participant participant, Evaluation evaluation) implements Ranking.Ranked {

        @Override
        public UUID participantId() {
            return participant.id();
        }

        @Override
        public java.math.BigDecimal score() {
            return evaluation.score();
        }
    }

    @Transactional
    public void vacancyOpened(VacancyOpened opened) {
        if (vacancies.byId(opened.vacancyId()).isPresent()) {
            return;
        }
        Vacancy vacancy;
        try {
            vacancy = Vacancy.opened(opened.vacancyId(), opened.employerId(), opened.title(),
                    opened.occupationCode(), opened.requiredSkills(), opened.openedAt());
        } catch (SkillRequiredTwice e) {
            throw new PoisonEventException("invalid", "vacancy.opened: " + e.getMessage());
        }
        vacancy.internalFirstUntil(opened.internalFirstUntil(), LocalDate.now(clock));
        vacancies.add(vacancy);
        proposeBest(vacancy);
    }

    /**
     * Vacancies whose internal-first window passed by the day (the day after their {@code internalFirstUntil}) are
     * opened to every consenting participant: the best are proposed, incumbents among them. Runs every few minutes,
     * between two events (it holds the lock the serialized handlers take).
     */
    @Transactional
    public int internalFirstPassed(LocalDate day) {
        eventLock.hold();
        List<Vacancy> passed = vacancies.internalFirstPassedBy(day);
        for (Vacancy vacancy : passed) {
            vacancy.windowPassedBy(day);
            matches.removeOfVacancy(vacancy.id());
            proposeBest(vacancy);
        }
        return passed.size();
    }

    @Scheduled(every = "${rungs.matching.internal-first-check:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void internalFirstWindows() {
        int opened = internalFirstPassed(LocalDate.now(clock));
        if (opened > 0) {
            LOG.infof("%d vacancies' internal-first windows passed: proposed to everyone", opened);
        }
    }

    /**
     * The best consenting candidates (during the internal-first window: among the employer's incumbents), found in the
     * candidate index; only they are loaded. A vacancy that requires nothing weighs every consenting participant.
     */
    private void proposeBest(Vacancy vacancy) {
        Set<UUID> incumbents = vacancy.incumbentsOnly() ? incumbencies.participantsOf(vacancy.employerId()) : null;
        List<Participant> weighed = vacancy.requiredSkills().isEmpty()
                ? participants.consenting()
                : index.shortlist(vacancy.requiredSkills(), config.minScore(), config.maxProposals(), incumbents)
                        .stream().map(hit -> participants.byId(hit.participantId())).flatMap(Optional::stream)
                        .toList();
        List<Candidate> best = config.shortlist().best(weighed.stream()
                .filter(p -> p.consenting() && (incumbents == null || incumbents.contains(p.id())))
                .map(p -> new Candidate(p, Evaluation.of(vacancy.requiredSkills(), p.skills())))
                .toList());
        Instant now = clock.instant();
        for (Candidate candidate : best) {
            Match match = Match.propose(vacancy, candidate.participant(), candidate.evaluation(), now);
            matches.add(match);
            outbox.publish(match);
        }
    }

    @Transactional
    public void vacancyClosed(VacancyClosed closed) {
        forget(closed.vacancyId());
    }

    /** Hires took every opening: like a closed vacancy, it takes no more candidates. */
    @Transactional
    public void vacancyFilled(VacancyFilled filled) {
        forget(filled.vacancyId());
    }

    private void forget(UUID vacancyId) {
        vacancies.byId(vacancyId).ifPresent(vacancy -> {
            matches.removeOfVacancy(vacancy.id());
            vacancies.remove(vacancy);
        });
    }
}

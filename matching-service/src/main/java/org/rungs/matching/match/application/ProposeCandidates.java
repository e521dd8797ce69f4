package org.rungs.matching.match.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.rungs.contracts.employer.VacancyClosed;
import org.rungs.contracts.employer.VacancyFilled;
import org.rungs.contracts.employer.VacancyOpened;
import org.rungs.matching.employment.domain.Incumbencies;
import org.rungs.matching.index.application.CandidateIndex;
import org.rungs.matching.ladder.domain.Ladders;
import org.rungs.matching.match.domain.Appraisal;
import org.rungs.matching.match.domain.Match;
import org.rungs.matching.match.domain.Matches;
import org.rungs.matching.match.domain.Ranking;
import org.rungs.matching.participant.domain.ParticipantCopies;
import org.rungs.matching.participant.domain.Profile;
import org.rungs.matching.vacancy.domain.Opening;
import org.rungs.matching.vacancy.domain.SkillRequiredTwice;
import org.rungs.matching.vacancy.domain.Vacancies;
import org.rungs.matching.vacancy.domain.Vacancy;
import org.rungs.spine.events.PoisonEventException;
import org.rungs.spine.outbox.Outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * An employer opened a vacancy: the instance that owns it (its partition is assigned here) keeps it and proposes the
 * best-ranked consenting participants, each announced as {@code match.proposed.v1}. When the vacancy closes, or hires
 * fill it, its matches are withdrawn ({@code match.withdrawn.v1}) and matching forgets it. Every change of a vacancy's
 * shortlist holds the vacancy's lock ({@link Vacancies#lock}), so the feed weighing a participant and the vacancy's own
 * events never interleave on one shortlist.
 */
@ApplicationScoped
public class ProposeCandidates {

    private static final Logger LOG = Logger.getLogger(ProposeCandidates.class);

    private final Vacancies vacancies;
    private final ParticipantCopies participants;
    private final Incumbencies incumbencies;
    private final Matches matches;
    private final Outbox outbox;
    private final MatchingConfig config;
    private final CandidateIndex index;
    private final Ladders ladders;
    private final HeldShortlists held;
    private final Clock clock;

    public ProposeCandidates(Vacancies vacancies, ParticipantCopies participants, Incumbencies incumbencies,
            Matches matches, Outbox outbox, MatchingConfig config, CandidateIndex index, Ladders ladders,
            HeldShortlists held, Clock clock) {
        this.held = held;
        this.ladders = ladders;
        this.index = index;
        this.vacancies = vacancies;
        this.participants = participants;
        this.incumbencies = incumbencies;
        this.matches = matches;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** A participant appraised for one vacancy. */
    record Candidate(UUID participantId, Appraisal appraisal) implements Ranking.Ranked {

        @Override
        public BigDecimal score() {
            return appraisal.score();
        }

        @Override
        public BigDecimal rank() {
            return appraisal.rank();
        }
    }

    /** What ranking weighs of the vacancy: its terms and the steps of published ladders into its rung. */
    Opening opening(Vacancy vacancy) {
        Ladders.StepsInto steps = ladders.stepsInto(vacancy.rungId());
        return vacancy.opening(steps.fromRungs(), steps.credentials());
    }

    /** What ranking weighs of several vacancies, the ladders read once for all. */
    Map<UUID, Opening> openings(java.util.Collection<Vacancy> of) {
        Map<UUID, Ladders.StepsInto> steps = ladders.stepsInto(of.stream().map(Vacancy::rungId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        Map<UUID, Opening> openings = new java.util.HashMap<>();
        for (Vacancy v : of) {
            Ladders.StepsInto s = v.rungId() == null
                    ? Ladders.StepsInto.NONE
                    : steps.getOrDefault(v.rungId(), Ladders.StepsInto.NONE);
            openings.put(v.id(), v.opening(s.fromRungs(), s.credentials()));
        }
        return openings;
    }

    /** The skills a vacancy requires, as the index holds them for one this instance owns. */
    Map<String, BigDecimal> requiredOf(Vacancy vacancy) {
        Map<String, BigDecimal> held = index.requiredOf(vacancy.id());
        return held != null ? held : vacancy.requiredSkills();
    }

    /** A participant's appraisal for a vacancy: the vacancy's required skills and the participant's skills given. */
    Appraisal appraise(Map<String, BigDecimal> required, Map<String, BigDecimal> skills, Opening opening,
            Profile profile) {
        return Appraisal.of(required, skills, opening, profile == null ? Profile.unknown() : profile,
                config.rankingWeights());
    }

    /** The coverage and rank of that appraisal, without its explanation. */
    Appraisal.Estimate estimate(Map<String, BigDecimal> required, Map<String, BigDecimal> skills, Opening opening,
            Profile profile) {
        return Appraisal.estimate(required, skills, opening, profile == null ? Profile.unknown() : profile,
                config.rankingWeights());
    }

    /** That estimate's rank, roughly and never much below it, from the participant's fit held by the index. */
    double roughRank(org.rungs.matching.index.domain.VacancyIndex.Fit fit, Opening opening, Profile profile) {
        Appraisal.Rough by = rough;
        if (by == null) {
            by = new Appraisal.Rough(config.rankingWeights());
            rough = by;
        }
        return by.rank(fit.share(), fit.levels(), opening, profile == null ? Profile.unknown() : profile);
    }

    /** The weights as the rough rank takes them, worked out once. */
    private volatile Appraisal.Rough rough;

    @Transactional
    public void vacancyOpened(VacancyOpened opened) {
        vacancies.lock(opened.vacancyId());
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
        vacancy.terms(opened.hourlyWage(), opened.shift(), opened.ladderId(), opened.rungId(), opened.tier());
        vacancies.add(vacancy);
        index.own(vacancy.id(), vacancy.requiredSkills());
        weighBest(vacancy, List.of());
    }

    /**
     * The consumer group gave this instance these vacancy partitions: it forgets the vacancies it no longer owns and
     * weighs the best candidates again for each one it gained (a participant's change that no instance owning the
     * vacancy saw while the partition moved is caught so).
     *
     * @return how many vacancies it gained
     */
    public int owned(Predicate<UUID> ownedHere) {
        index.owned().stream().filter(ownedHere.negate()).forEach(id -> {
            index.disown(id);
            held.forget(id);
        });
        List<UUID> gained = QuarkusTransaction.requiringNew().call(() -> vacancies.open().stream()
                .map(Vacancy::id).filter(id -> ownedHere.test(id) && !index.owns(id)).toList());
        for (UUID id : gained) {
            QuarkusTransaction.requiringNew().run(() -> reweigh(id));
        }
        return gained.size();
    }

    /** Holds the vacancy again and weighs its best candidates against its shortlist. */
    private void reweigh(UUID vacancyId) {
        vacancies.lock(vacancyId);
        vacancies.byId(vacancyId).ifPresent(vacancy -> {
            index.own(vacancy.id(), vacancy.requiredSkills());
            weighBest(vacancy, matches.ofVacancy(vacancy.id()));
        });
    }

    /**
     * Vacancies this instance owns whose internal-first window passed by the day (the day after their
     * {@code internalFirstUntil}) are opened to every consenting participant: the best are weighed against the
     * incumbents already proposed. Runs every few minutes.
     */
    @Transactional
    public int internalFirstPassed(LocalDate day) {
        int passed = 0;
        for (Vacancy vacancy : vacancies.internalFirstPassedBy(day)) {
            if (!index.owns(vacancy.id())) {
                continue;
            }
            vacancies.lock(vacancy.id());
            if (vacancy.windowPassedBy(day)) {
                weighBest(vacancy, matches.ofVacancy(vacancy.id()));
                passed++;
            }
        }
        return passed;
    }

    @Scheduled(every = "${rungs.matching.internal-first-check:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void internalFirstWindows() {
        int opened = internalFirstPassed(LocalDate.now(clock));
        if (opened > 0) {
            LOG.infof("%d vacancies' internal-first windows passed: proposed to everyone", opened);
        }
    }

    /**
     * Weighs the best consenting candidates (during the internal-first window: among the employer's incumbents) against
     * the vacancy's shortlist: the skill index hands over the best by coverage ({@code oversample} times the
     * shortlist's size), ranking orders them by every factor; only they are read. A vacancy that requires nothing takes
     * the first consenting participants in id order: they all meet it alike.
     *
     * @param stored
     *            the vacancy's matches (none when it was just opened: they are not read on the path to its first
     *            proposals)
     */
    private void weighBest(Vacancy vacancy, List<Match> stored) {
        Set<UUID> incumbents = vacancy.incumbentsOnly() ? incumbencies.participantsOf(vacancy.employerId()) : null;
        int pool = config.maxProposals() * config.oversample();
        List<UUID> found = vacancy.requiredSkills().isEmpty()
                ? participants.firstConsenting(pool, incumbents)
                : index.shortlist(vacancy.requiredSkills(), config.minScore(), pool, incumbents)
                        .stream().map(hit -> hit.participantId()).toList();
        ParticipantCopies.Candidates known = participants.candidates(found);
        Map<UUID, String> agencies = known.agencies();
        Map<UUID, Profile> profiles = known.profiles();
        Opening opening = opening(vacancy);
        Map<String, BigDecimal> required = requiredOf(vacancy);
        Map<UUID, Map<String, BigDecimal>> skills = new java.util.HashMap<>();
        // every candidate found is ranked; only those who make the shortlist are explained
        List<Ranking.Standing> ranked = found.stream()
                .filter(id -> agencies.containsKey(id) && index.consents(id))
                .map(id -> {
                    Appraisal.Estimate e = estimate(required, skills.computeIfAbsent(id, index::skillsOf), opening,
                            profiles.get(id));
                    return new Ranking.Standing(id, e.score(), e.rank());
                })
                .toList();
        List<Candidate> best = config.shortlist().best(ranked).stream()
                .map(s -> new Candidate(s.participantId(), appraise(required, skills.get(s.participantId()),
                        opening, profiles.get(s.participantId()))))
                .toList();
        Map<UUID, Match> current = stored.stream().collect(Collectors.toMap(Match::participantId,
                Function.identity()));
        ShortlistChanges changes = changes(List.of(vacancy.id()), Map.of(vacancy.id(), stored.stream()
                .map(m -> new Ranking.Standing(m.participantId(), m.score(), m.rank())).toList()));
        Instant now = clock.instant();
        stored.stream().filter(m -> !index.consents(m.participantId()))
                .forEach(m -> changes.withdraw(m, Match.Withdrawal.CONSENT_WITHDRAWN, now));
        for (Candidate candidate : best) {
            changes.reconsider(vacancy, candidate, Optional.ofNullable(current.get(candidate.participantId())),
                    agencies::get, now);
        }
        changes.write(matches, outbox::publishAll);
    }

    /** The shortlists of vacancies whose locks the caller holds, to change in memory and write at once. */
    ShortlistChanges changes(java.util.Collection<UUID> locked, Map<UUID, List<Ranking.Standing>> standings) {
        return new ShortlistChanges(config.shortlist(), locked, standings);
    }

    /**
     * The shortlists of vacancies whose locks the caller holds, as they stand now (those this instance wrote last are
     * taken from memory), to change in memory and write at once.
     */
    ShortlistChanges changes(java.util.Collection<UUID> locked) {
        return ShortlistChanges.read(config.shortlist(), locked, matches, held);
    }

    /** Writes what the changes decided, with their announcements. */
    void write(ShortlistChanges changes) {
        changes.write(matches, outbox::publishAll);
    }

    @Transactional
    public void vacancyClosed(VacancyClosed closed) {
        forget(closed.vacancyId(), Match.Withdrawal.VACANCY_CLOSED);
    }

    /** Hires took every opening: like a closed vacancy, it takes no more candidates. */
    @Transactional
    public void vacancyFilled(VacancyFilled filled) {
        forget(filled.vacancyId(), Match.Withdrawal.VACANCY_FILLED);
    }

    private void forget(UUID vacancyId, Match.Withdrawal reason) {
        vacancies.lock(vacancyId);
        index.disown(vacancyId);
        held.forget(vacancyId);
        vacancies.byId(vacancyId).ifPresent(vacancy -> {
            Instant now = clock.instant();
            ShortlistChanges changes = changes(List.of(vacancyId), Map.of());
            matches.ofVacancy(vacancyId).forEach(m -> changes.withdraw(m, reason, now));
            changes.write(matches, outbox::publishAll);
            vacancies.remove(vacancy);
        });
    }
}

package org.rungs.matching.match.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.rungs.contracts.employer.PromotionRecorded;
import org.rungs.matching.employment.domain.Incumbencies;
import org.rungs.matching.index.application.CandidateIndex;
import org.rungs.matching.index.domain.VacancyIndex;
import org.rungs.matching.ladder.domain.Ladders;
import org.rungs.matching.match.domain.Appraisal;
import org.rungs.matching.match.domain.Match;
import org.rungs.matching.match.domain.Matches;
import org.rungs.matching.match.domain.Ranking;
import org.rungs.matching.participant.domain.ParticipantCopies;
import org.rungs.matching.participant.domain.Profile;
import org.rungs.matching.vacancy.domain.Opening;
import org.rungs.matching.vacancy.domain.Vacancies;
import org.rungs.matching.vacancy.domain.Vacancy;

/**
 * Participants' standing changed (enrolled, a skill attained, consent granted or withdrawn), a batch of the participant
 * feed at a time, in one transaction: matching keeps its copy of each participant and weighs those whose skills grew
 * against the open vacancies this instance owns that they may now qualify for (the reverse query), and against those
 * they are proposed for. Withdrawing consent takes the participant out of the index at once and withdraws their
 * matches; skills of participants who do not share with employers are not kept.
 */
@ApplicationScoped
public class Reevaluate {

    private static final Logger LOG = Logger.getLogger(Reevaluate.class);

    private final ParticipantCopies participants;
    private final Incumbencies incumbencies;
    private final Vacancies vacancies;
    private final Matches matches;
    private final ProposeCandidates proposals;
    private final MatchingConfig config;
    private final CandidateIndex index;
    private final Ladders ladders;
    private final Clock clock;
    private final Weighers weighers;

    public Reevaluate(ParticipantCopies participants, Incumbencies incumbencies, Vacancies vacancies,
            Matches matches, ProposeCandidates proposals, MatchingConfig config, CandidateIndex index,
            Ladders ladders, Clock clock, Weighers weighers) {
        this.weighers = weighers;
        this.ladders = ladders;
        this.participants = participants;
        this.incumbencies = incumbencies;
        this.vacancies = vacancies;
        this.matches = matches;
        this.proposals = proposals;
        this.config = config;
        this.index = index;
        this.clock = clock;
    }

    /**
     * Applies a batch of participant facts in order, then weighs every participant they changed, and records that the
     * feed applied everything before {@code nextOffsets}.
     */
    @Transactional
    public void apply(List<ParticipantFact> facts, String topic, Map<Integer, Long> nextOffsets) {
        ParticipantCopies.Writer copy = participants.writer();
        Set<UUID> changed = new LinkedHashSet<>();
        // of participants changed by skills alone: the elements that grew, each with the level held before the batch (a
        // vacancy requiring none of them above that level sees no change in their rank); anyone else changed may
        // change in every appraisal
        Map<UUID, Map<String, BigDecimal>> grewFrom = new HashMap<>();
        Set<UUID> wholly = new HashSet<>();
        Set<UUID> withdrawn = new LinkedHashSet<>();
        for (ParticipantFact fact : facts) {
            UUID id = fact.participantId();
            switch (fact) {
                case ParticipantFact.Enrolled e -> {
                    copy.flush();
                    Optional<ParticipantCopies.Standing> standing = participants.standing(id);
                    if (standing.isPresent() && standing.get().outdates(e.at())) {
                        // a later consent change stands: only the agency is taken
                        copy.enrolled(id, e.partnerAgency(), null, enrolment(e), e.offset(), e.at());
                        changed.add(id);
                        wholly.add(id);
                        continue;
                    }
                    copy.enrolled(id, e.partnerAgency(), e.consenting(), enrolment(e), e.offset(), e.at());
                    if (e.consenting()) {
                        if (!index.consents(id)) {
                            index.consenting(id, Map.of());
                        }
                        withdrawn.remove(id);
                        changed.add(id);
                        wholly.add(id);
                    } else if (!e.consenting()) {
                        // whether or not the index still holds them: a batch read again finds them gone already
                        withdraw(id, changed, withdrawn);
                    }
                }
                case ParticipantFact.Consent c -> {
                    copy.flush();
                    Optional<ParticipantCopies.Standing> standing = participants.standing(id);
                    if (standing.isEmpty()) {
                        LOG.warnf("Consent change of participant %s, who was never enrolled, is ignored", id);
                    } else if (standing.get().outdates(c.at())) {
                        LOG.infof("Consent change of participant %s of %s is older than the one in force: ignored",
                                id, c.at());
                    } else if (c.sharing()) {
                        copy.consented(id, c.skills(), c.offset(), c.at());
                        Map<String, BigDecimal> skills = index.consents(id) ? index.skillsOf(id) : new HashMap<>();
                        c.skills().forEach(s -> skills.merge(s.elementId(), s.level(), BigDecimal::max));
                        index.consenting(id, skills);
                        withdrawn.remove(id);
                        changed.add(id);
                        wholly.add(id);
                    } else {
                        copy.withdrawn(id, c.offset(), c.at());
                        withdraw(id, changed, withdrawn);
                    }
                }
                case ParticipantFact.Barriers b -> {
                    copy.barriers(id, b.barriers(), b.offset(), b.at());
                    if (index.consents(id)) {
                        changed.add(id);
                        wholly.add(id);
                    }
                }
                case ParticipantFact.Goal g -> {
                    // a career plan's goal: the feed keeps the pathway to it (PlanPathway.goalsSet)
                }
                case ParticipantFact.Attained a -> {
                    copy.attained(id, a.elementId(), a.level(), a.offset());
                    BigDecimal before = index.consents(id) ? index.levelOf(id, a.elementId()) : null;
                    boolean grew = index.consents(id) && index.attained(id, a.elementId(), a.level());
                    if (grew || a.again() && index.consents(id)) {
                        changed.add(id);
                        Map<String, BigDecimal> grown = grewFrom.computeIfAbsent(id, k -> new HashMap<>());
                        if (a.again()) {
                            // the index may have taken it on the first reading, never weighed: every vacancy requiring
                            // the element is weighed
                            grown.put(a.elementId(), null);
                        } else if (!grown.containsKey(a.elementId())) {
                            grown.put(a.elementId(), before);
                        }
                    } else {
                        LOG.debugf("Skill %s of participant %s changes no match", a.elementId(), id);
                    }
                }
            }
        }
        // the skills of participants nothing else happened to are written on the side, while they are weighed
        copy.flushAside();
        Instant now = clock.instant();
        withdrawMatches(withdrawn, now);
        weigh(changed, now, id -> wholly.contains(id) ? null : grewFrom.get(id));
        participants.advance(topic, nextOffsets);
        copy.settle();
    }

    private static ParticipantCopies.Enrolment enrolment(ParticipantFact.Enrolled e) {
        return new ParticipantCopies.Enrolment(e.currentWage(), e.workShift(), e.barriers());
    }

    private void withdraw(UUID id, Set<UUID> changed, Set<UUID> withdrawn) {
        index.withdrawn(id);
        changed.remove(id);
        withdrawn.add(id);
    }

    /** Their matches for vacancies this instance owns are withdrawn (the owners of the others do the same). */
    private void withdrawMatches(Set<UUID> withdrawn, Instant now) {
        List<Match> owned = ownedMatches(withdrawn);
        if (owned.isEmpty()) {
            return;
        }
        Set<UUID> locked = owned.stream().map(Match::vacancyId).collect(Collectors.toSet());
        vacancies.lock(locked);
        ShortlistChanges changes = proposals.changes(locked);
        for (Match match : matches.of(withdrawn, locked)) {
            changes.withdraw(match, Match.Withdrawal.CONSENT_WITHDRAWN, now);
        }
        proposals.write(changes);
    }

    /**
     * Weighs each participant whose skills grew (or whose situation changed) against the owned vacancies they may now
     * qualify for and those they are proposed for. A new proposal is made only where the score changed and reaches the
     * minimum score, within the shortlist's size. Of a participant whose skills alone grew, only the vacancies that
     * require a grown element above the level they held are weighed (for no other does their rank change), and of their
     * matches those requiring a grown element (whose explanation shows the new level).
     */
    private void weigh(Set<UUID> changed, Instant now,
            java.util.function.Function<UUID, Map<String, BigDecimal>> grew) {
        if (changed.isEmpty()) {
            return;
        }
        Map<UUID, Map<UUID, Match>> proposed = ownedMatches(changed).stream().collect(Collectors.groupingBy(
                Match::participantId, Collectors.toMap(Match::vacancyId, m -> m)));
        Weighing weighing = new Weighing(new HashMap<>(), now);
        List<UUID> consenting = changed.stream().filter(index::consents).toList();
        // the reverse query of each participant, side by side; gathered in the order they changed
        Candidates[] found = new Candidates[consenting.size()];
        weighers.each(found.length, i -> {
            UUID participant = consenting.get(i);
            Map<UUID, Match> current = proposed.getOrDefault(participant, Map.of());
            Map<String, BigDecimal> from = grew.apply(participant);
            Candidates candidates = new Candidates();
            if (from == null) {
                Set<UUID> all = new LinkedHashSet<>(index.qualifying(weighing.skills(participant),
                        config.minScore()));
                all.addAll(current.keySet());
                all.forEach(vacancy -> candidates.accept(vacancy, null));
            } else {
                // only the matches whose explanation shows a grown element, and the vacancies they are not proposed
                // for that require one above the level held before (with the index's fit)
                for (UUID vacancy : current.keySet()) {
                    if (index.requiresAny(vacancy, from.keySet())) {
                        candidates.accept(vacancy, null);
                    }
                }
                index.grown(weighing.probe(participant), from, config.minScore(), (vacancy, fit) -> {
                    if (current.isEmpty() || !current.containsKey(vacancy)) {
                        candidates.accept(vacancy, fit);
                    }
                });
            }
            found[i] = candidates;
        });
        Map<UUID, Candidates> pairs = new java.util.LinkedHashMap<>();
        for (int i = 0; i < found.length; i++) {
            if (found[i].size > 0) {
                pairs.put(consenting.get(i), found[i]);
            }
        }
        // the situations of those with a vacancy to weigh only: a skill that no open vacancy requires weighs nothing
        weighing.profiles.putAll(participants.profiles(pairs.keySet()));
        weighing.all(pairs, proposed);
    }

    /**
     * A promoted worker's next rungs: they are weighed again against the open vacancies one step up from the rung they
     * now hold, on any instance's partition (each under its vacancy's lock), and against those they are proposed for;
     * their job's rung and wage changed, and so do their rung fit and wage gain. The vacancy at the rung they left
     * ranks the workers one rung below it first (its next rung), when the employer opens it.
     */
    @Transactional
    public void promoted(PromotionRecorded promotion) {
        UUID participant = promotion.participantId();
        if (!index.consents(participant)) {
            return;
        }
        Map<UUID, Match> current = matches.ofParticipants(Set.of(participant)).stream()
                .collect(Collectors.toMap(Match::vacancyId, m -> m));
        Set<UUID> candidates = new TreeSet<>(vacancies.openAtRungs(ladders.rungsAbove(promotion.toRungId())));
        candidates.addAll(current.keySet());
        new Weighing(participants.profiles(Set.of(participant)), clock.instant()).against(participant, candidates,
                current);
    }

    /**
     * One weighing's reads and writes, shared by the participants and vacancies it weighs. Without any lock, the
     * vacancies, the steps into their rungs and the tails of their shortlists are read once for all, and each pair is
     * appraised; a pair whose appraisal cannot change the shortlist (no match yet, below the minimum, or a full list
     * whose last ranks before them; or a match that stands as it is) is passed over. The vacancies of the other pairs
     * are locked at once, their shortlists read again, and every pair decided against them in memory
     * ({@link ShortlistChanges}); the changes are written in one batch.
     */
    private final class Weighing {

        private final Map<UUID, Profile> profiles;
        private final Instant now;

        // read by the weighers side by side
        private final Map<UUID, Map<String, BigDecimal>> skills = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<UUID, VacancyIndex.Probe> probes = new java.util.concurrent.ConcurrentHashMap<>();

        Weighing(Map<UUID, Profile> profiles, Instant now) {
            this.profiles = profiles;
            this.now = now;
        }

        /** A participant's skills as the index holds them, read once per weighing. */
        Map<String, BigDecimal> skills(UUID participant) {
            return skills.computeIfAbsent(participant, index::skillsOf);
        }

        VacancyIndex.Probe probe(UUID participant) {
            return probes.computeIfAbsent(participant, id -> index.probe(skills(id)));
        }

        void against(UUID participant, Set<UUID> vacancyIds, Map<UUID, Match> current) {
            Candidates unknown = new Candidates();
            vacancyIds.forEach(vacancy -> unknown.accept(vacancy, null));
            all(Map.of(participant, unknown), Map.of(participant, current));
        }

        /** A participant appraised for a vacancy whose shortlist the appraisal may change. */
        private record Pair(Vacancy vacancy, ProposeCandidates.Candidate candidate) {
        }

        private static final Comparator<Pair> DECISION_ORDER = Comparator
                .comparing((Pair p) -> p.candidate().participantId()).thenComparing(p -> p.vacancy().id());

        /**
         * Weighs each participant against their vacancies (each with the participant's fit for it, or null where it is
         * not known yet); the pairs that may change a shortlist in id order.
         */
        void all(Map<UUID, Candidates> pairs, Map<UUID, Map<UUID, Match>> proposed) {
            Set<UUID> vacancyIds = new HashSet<>();
            for (Candidates candidates : pairs.values()) {
                for (int i = 0; i < candidates.size; i++) {
                    vacancyIds.add(candidates.ids[i]);
                }
            }
            if (vacancyIds.isEmpty()) {
                return;
            }
            Map<UUID, Vacancy> loaded = vacancies.byIds(vacancyIds);
            Map<UUID, Opening> openings = proposals.openings(loaded.values());
            Map<UUID, Matches.Tail> tails = matches.tails(vacancyIds);
            Map<UUID, Map<String, BigDecimal>> required = new HashMap<>();
            // copied here: the required skills of a vacancy another instance owns are loaded lazily, on this thread
            loaded.values().forEach(v -> required.put(v.id(), Map.copyOf(proposals.requiredOf(v))));
            // every participant's pairs appraised side by side, in memory; gathered in participant order
            List<Map.Entry<UUID, Candidates>> inOrder = new ArrayList<>(new TreeMap<>(pairs).entrySet());
            @SuppressWarnings("unchecked")
            List<Pair>[] kept = new List[inOrder.size()];
            weighers.each(kept.length, i -> kept[i] = appraised(inOrder.get(i).getKey(), inOrder.get(i).getValue(),
                    proposed.getOrDefault(inOrder.get(i).getKey(), Map.of()), loaded, openings, tails, required));
            List<Pair> undecided = new ArrayList<>();
            for (List<Pair> some : kept) {
                for (Pair pair : some) {
                    // during its internal-first window a vacancy weighs only the employer's incumbents
                    if (!pair.vacancy().incumbentsOnly() || incumbencies.employs(pair.vacancy().employerId(),
                            pair.candidate().participantId())) {
                        undecided.add(pair);
                    }
                }
            }
            if (undecided.isEmpty()) {
                return;
            }
            // decided in participant, then vacancy id order: the same lists the same way on every run
            undecided.sort(DECISION_ORDER);
            Set<UUID> locked = new TreeSet<>();
            Set<UUID> weighed = new HashSet<>();
            undecided.forEach(p -> {
                locked.add(p.vacancy().id());
                weighed.add(p.candidate().participantId());
            });
            vacancies.lock(locked);
            ShortlistChanges changes = proposals.changes(locked);
            Map<UUID, Match> current = new HashMap<>();
            matches.of(weighed, locked).forEach(m -> current.put(m.id(), m));
            Map<UUID, String> agencies = participants.agenciesOf(weighed);
            for (Pair pair : undecided) {
                UUID participant = pair.candidate().participantId();
                changes.reconsider(pair.vacancy(), pair.candidate(),
                        Optional.ofNullable(current.get(Match.idOf(pair.vacancy().id(), participant))),
                        agencies::get, now);
            }
            proposals.write(changes);
        }

        /**
         * The pairs of one participant whose appraisal may change a shortlist: in memory only, so that participants are
         * appraised side by side. Pairs of a vacancy in its internal-first window are kept whoever the participant is
         * (the caller keeps the employer's incumbents).
         */
        private List<Pair> appraised(UUID participant, Candidates candidates, Map<UUID, Match> current,
                Map<UUID, Vacancy> loaded, Map<UUID, Opening> openings, Map<UUID, Matches.Tail> tails,
                Map<UUID, Map<String, BigDecimal>> required) {
            List<Pair> kept = new ArrayList<>();
            Map<String, BigDecimal> skills = skills(participant);
            VacancyIndex.Probe probe = probe(participant);
            Profile profile = profiles.get(participant);
            for (int i = 0; i < candidates.size; i++) {
                UUID vacancyId = candidates.ids[i];
                Vacancy vacancy = loaded.get(vacancyId);
                if (vacancy == null) {
                    continue;
                }
                Match match = current.isEmpty() ? null : current.get(vacancyId);
                Opening opening = openings.get(vacancyId);
                Matches.Tail tail = tails.get(vacancyId);
                // one not proposed yet is explained only if their rank may enter the shortlist: most are passed over
                // by their rough rank, the rest by their exact estimate
                if (match == null) {
                    VacancyIndex.Fit known = candidates.fits[i];
                    if (cannotEnter(known != null ? known : index.fit(vacancyId, probe), opening, profile, tail)) {
                        continue;
                    }
                    if (!mayEnter(participant, proposals.estimate(required.get(vacancyId), skills, opening, profile),
                            tail)) {
                        continue;
                    }
                }
                Appraisal appraisal = proposals.appraise(required.get(vacancyId), skills, opening, profile);
                if (match == null || !match.explains(appraisal)) {
                    kept.add(new Pair(vacancy, new ProposeCandidates.Candidate(participant, appraisal)));
                }
            }
            return kept;
        }

        /**
         * Whether a participant not proposed yet surely cannot enter the shortlist whose tail this is, by the index's
         * fit (no fit held: not known): their coverage falls short of the minimum score, or the list is full and their
         * rough rank falls a thousandth or more below its last's.
         */
        private boolean cannotEnter(VacancyIndex.Fit fit, Opening opening, Profile profile, Matches.Tail tail) {
            if (fit == null) {
                return false;
            }
            if (fit.share() < config.minScore().doubleValue() - 0.00005) {
                return true;
            }
            return tail != null && tail.size() >= config.maxProposals() && tail.last() != null
                    && proposals.roughRank(fit, opening, profile) < tail.last().rank().doubleValue() - 0.001;
        }

        /** Whether a participant not proposed yet, ranked so, may enter the shortlist whose tail this is. */
        private boolean mayEnter(UUID participant, Appraisal.Estimate estimate, Matches.Tail tail) {
            if (!estimate.qualifies(config.minScore())) {
                return false;
            }
            return tail == null || tail.size() < config.maxProposals() || Ranking.ranksBefore(
                    new Ranking.Standing(participant, estimate.score(), estimate.rank()), tail.last());
        }
    }

    /** The vacancies to weigh one participant against, each with their fit where the index found it (else null). */
    private static final class Candidates implements VacancyIndex.FitSink {

        private UUID[] ids = new UUID[16];
        private VacancyIndex.Fit[] fits = new VacancyIndex.Fit[16];
        private int size;

        @Override
        public void accept(UUID vacancyId, VacancyIndex.Fit fit) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                fits = Arrays.copyOf(fits, size * 2);
            }
            ids[size] = vacancyId;
            fits[size++] = fit;
        }
    }

    private List<Match> ownedMatches(Set<UUID> participantIds) {
        return matches.ofParticipants(participantIds).stream().filter(m -> index.owns(m.vacancyId())).toList();
    }
}

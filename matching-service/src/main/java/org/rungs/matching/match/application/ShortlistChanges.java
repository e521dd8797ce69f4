package org.rungs.matching.match.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;

import org.rungs.matching.match.domain.Appraisal;
import org.rungs.matching.match.domain.Match;
import org.rungs.matching.match.domain.Matches;
import org.rungs.matching.match.domain.Ranking;
import org.rungs.matching.match.domain.Shortlist;
import org.rungs.matching.vacancy.domain.Vacancy;

/**
 * The shortlists one transaction changes, held in memory while it holds their vacancies' locks: each decision
 * ({@link Shortlist#reconsider}) is made against the list as the decisions before it left it, and the matches written,
 * removed and announced go to the database at the end, one batch each ({@link #write}). A weighing of a thousand
 * participants costs a few round trips, not a few per proposal.
 * <p>
 * What is announced is what the transaction changed, match by match: the latest proposal or withdrawal of each, and
 * nothing of a match proposed and withdrawn again within it (a newcomer outranked by a later one). Nobody outside the
 * transaction ever saw such a match.
 */
final class ShortlistChanges {

    private final Shortlist rules;
    private final Map<UUID, Held> held = new HashMap<>();
    private final Set<UUID> touched = new LinkedHashSet<>();
    private final Map<UUID, Match> present = new LinkedHashMap<>();
    private final Set<UUID> absent = new LinkedHashSet<>();
    /** Each match announced, the latest object for its id (a withdrawn last is another object than its proposal). */
    private final Map<UUID, Match> announced = new LinkedHashMap<>();
    /** Matches first proposed in this transaction: none existed before it. */
    private final Set<UUID> born = new HashSet<>();
    /** Matches known to have been stored before this transaction. */
    private final Set<UUID> stored = new HashSet<>();
    /** Where the lists go once written, and the version each was read at (null: not kept in memory). */
    private final HeldShortlists keep;
    private final Map<UUID, Long> versions;

    /**
     * @param standings
     *            the shortlists of the vacancies whose locks the caller holds, as read after locking (a vacancy without
     *            matches may be left out): every match of each, so that how each list ends is known when it is written
     */
    ShortlistChanges(Shortlist rules, Collection<UUID> locked, Map<UUID, List<Ranking.Standing>> standings) {
        this.rules = rules;
        this.keep = null;
        this.versions = Map.of();
        for (UUID vacancyId : locked) {
            Held list = new Held();
            standings.getOrDefault(vacancyId, List.of()).forEach(list::put);
            held.put(vacancyId, list);
        }
    }

    private ShortlistChanges(Shortlist rules, HeldShortlists keep, Map<UUID, Long> versions) {
        this.rules = rules;
        this.keep = keep;
        this.versions = versions;
    }

    /**
     * The shortlists of the vacancies whose locks the caller holds, each taken from memory when its stored version is
     * the one held, else read; once written they are held again.
     */
    static ShortlistChanges read(Shortlist rules, Collection<UUID> locked, Matches matches, HeldShortlists keep) {
        Map<UUID, Long> versions = matches.versions(locked);
        ShortlistChanges changes = new ShortlistChanges(rules, keep, versions);
        List<UUID> unread = new ArrayList<>();
        for (UUID vacancyId : locked) {
            Long version = versions.get(vacancyId);
            Held list = version == null ? new Held() : keep.take(vacancyId, version);
            if (list == null) {
                unread.add(vacancyId);
            } else {
                changes.held.put(vacancyId, list);
            }
        }
        if (!unread.isEmpty()) {
            Map<UUID, List<Ranking.Standing>> standings = matches.standings(unread);
            for (UUID vacancyId : unread) {
                Held list = new Held();
                standings.getOrDefault(vacancyId, List.of()).forEach(list::put);
                changes.held.put(vacancyId, list);
            }
        }
        return changes;
    }

    /** One vacancy's shortlist as it stands in this transaction. */
    static final class Held implements Shortlist.Standing {

        private final TreeSet<Ranking.Standing> order = new TreeSet<>(Ranking.BEST_FIRST);
        private final Map<UUID, Ranking.Standing> byParticipant = new HashMap<>();

        void put(Ranking.Ranked ranked) {
            Ranking.Standing standing = new Ranking.Standing(ranked.participantId(), ranked.score(), ranked.rank());
            drop(ranked.participantId());
            byParticipant.put(standing.participantId(), standing);
            order.add(standing);
        }

        void drop(UUID participantId) {
            Ranking.Standing was = byParticipant.remove(participantId);
            if (was != null) {
                order.remove(was);
            }
        }

        @Override
        public long size() {
            return order.size();
        }

        @Override
        public Optional<Ranking.Standing> last() {
            return order.isEmpty() ? Optional.empty() : Optional.of(order.last());
        }
    }

    private Held held(UUID vacancyId) {
        Held list = held.get(vacancyId);
        if (list == null) {
            throw new IllegalStateException("the shortlist of vacancy " + vacancyId + " is not held");
        }
        return list;
    }

    /**
     * Decides what becomes of one participant's match for a held vacancy.
     *
     * @param agency
     *            the partner agency of a participant proposed for the first time (none: not proposed)
     */
    void reconsider(Vacancy vacancy, ProposeCandidates.Candidate candidate, Optional<Match> current,
            Function<UUID, String> agency, Instant now) {
        Held list = held(vacancy.id());
        Appraisal appraisal = candidate.appraisal();
        current.ifPresent(match -> stored.add(match.id()));
        // a match this transaction already withdrew (outranked) is off the list: its participant is weighed as a
        // newcomer, and takes a place only as a newcomer would
        Optional<Match> standing = current.filter(match -> !absent.contains(match.id()));
        switch (rules.reconsider(candidate, appraisal, standing, list)) {
            case KEEP, PASS -> {
            }
            case REEXPLAIN -> {
                standing.get().explain(appraisal);
                keep(list, standing.get());
            }
            case WITHDRAW -> withdraw(standing.get(), Match.Withdrawal.NO_LONGER_QUALIFIES, now);
            case PROPOSE_AGAIN -> {
                standing.get().proposeAgain(appraisal, now);
                keep(list, standing.get());
                announce(standing.get());
            }
            case PROPOSE_REPLACING_LAST -> {
                Ranking.Standing last = list.last().orElseThrow();
                String partnerAgency = agency.apply(candidate.participantId());
                if (partnerAgency != null) {
                    withdraw(Match.stored(vacancy.id(), vacancy.employerId(), last.participantId(), null,
                            last.score(), last.rank(), 0, now), Match.Withdrawal.OUTRANKED, now);
                    propose(list, vacancy, candidate, partnerAgency, now);
                }
            }
            case PROPOSE -> {
                String partnerAgency = agency.apply(candidate.participantId());
                if (partnerAgency != null) {
                    propose(list, vacancy, candidate, partnerAgency, now);
                }
            }
        }
    }

    private void propose(Held list, Vacancy vacancy, ProposeCandidates.Candidate candidate, String partnerAgency,
            Instant now) {
        Match match = Match.propose(vacancy, candidate.participantId(), partnerAgency, candidate.appraisal(), now);
        keep(list, match);
        if (!stored.contains(match.id())) {
            born.add(match.id());
        }
        announce(match);
    }

    private void keep(Held list, Match match) {
        present.put(match.id(), match);
        absent.remove(match.id());
        list.put(match);
        touched.add(match.vacancyId());
    }

    /** Withdraws a match, announced. */
    void withdraw(Match match, Match.Withdrawal reason, Instant now) {
        if (!born.contains(match.id())) {
            stored.add(match.id());
        }
        match.withdraw(reason, now);
        present.remove(match.id());
        absent.add(match.id());
        Held list = held(match.vacancyId());
        list.drop(match.participantId());
        touched.add(match.vacancyId());
        announce(match);
    }

    private void announce(Match match) {
        Match earlier = announced.remove(match.id());
        if (earlier != null && earlier != match) {
            earlier.announceNothing();
        }
        announced.put(match.id(), match);
    }

    /**
     * Writes the matches and their announcements, in the caller's transaction, at a new version of the shortlists they
     * changed; shortlists read for keeping are held again, each at the version it now has.
     */
    void write(Matches matches, Consumer<List<Match>> announce) {
        Map<UUID, Matches.Tail> tails = new LinkedHashMap<>();
        for (UUID vacancyId : touched) {
            Held list = held(vacancyId);
            tails.put(vacancyId, new Matches.Tail(list.size(), list.last().orElse(null)));
        }
        List<Match> net = new ArrayList<>(announced.size());
        for (Match match : announced.values()) {
            if (born.contains(match.id()) && absent.contains(match.id())) {
                // proposed and outranked within this transaction: never stored, never announced
                absent.remove(match.id());
                match.announceNothing();
            } else {
                match.announceLatestOnly();
                net.add(match);
            }
        }
        long version = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        matches.write(present.values(), absent, tails, version);
        announce.accept(net);
        if (keep != null) {
            held.forEach((vacancyId, list) -> {
                Long was = versions.get(vacancyId);
                if (tails.containsKey(vacancyId) ? list.size() > 0 : was != null) {
                    keep.put(vacancyId, tails.containsKey(vacancyId) ? version : was, list);
                }
            });
        }
        present.clear();
        absent.clear();
        announced.clear();
        born.clear();
        stored.clear();
        touched.clear();
    }
}

package org.rungs.matching.match.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.matching.MatchProposed;
import org.rungs.matching.match.domain.Appraisal;
import org.rungs.matching.match.domain.Match;
import org.rungs.matching.match.domain.Matches;
import org.rungs.matching.match.domain.Ranking;
import org.rungs.matching.match.domain.Shortlist;
import org.rungs.matching.vacancy.domain.Vacancy;

/**
 * Shortlists held in memory between transactions are taken only at the version their holder wrote: a list another
 * writer changed, or whose transaction never wrote, is read again. A transaction announces what it changed, match by
 * match.
 */
class ShortlistChangesTest {

    static final Shortlist RULES = new Shortlist(new BigDecimal("0.5"), 2);
    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    final StoredMatches stored = new StoredMatches();
    final HeldShortlists held = new HeldShortlists();
    final Vacancy vacancy = Vacancy.opened(UUID.randomUUID(), UUID.randomUUID(), "Certified Nursing Assistant",
            "31-1131.00", List.of(new SkillLevel("2.A.1.a", new BigDecimal("3")),
                    new SkillLevel("2.B.1.f", new BigDecimal("3"))),
            NOW);
    /** What the outbox took, as "type participant". */
    final List<String> announced = new ArrayList<>();

    ProposeCandidates.Candidate candidate(UUID participant, String reading, String service) {
        return new ProposeCandidates.Candidate(participant, Appraisal.ofSkills(vacancy.requiredSkills(),
                Map.of("2.A.1.a", new BigDecimal(reading), "2.B.1.f", new BigDecimal(service))));
    }

    void propose(ProposeCandidates.Candidate candidate) {
        inOneTransaction(changes -> changes.reconsider(vacancy, candidate, Optional.empty(), id -> "agency", NOW));
    }

    void announce(List<Match> matches) {
        for (Match match : matches) {
            match.takeEvents().forEach(e -> announced.add(e.type().name() + " " + match.participantId()));
        }
    }

    @Test
    void aShortlistThisInstanceWroteLastIsNotReadAgain() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        propose(candidate(first, "3", "2"));
        propose(candidate(second, "3", "3"));
        propose(candidate(third, "3", "3.5"));

        assertThat(stored.reads).as("each list was held at the version written").isZero();
        assertThat(stored.participants()).as("the third outranked the first of a full list")
                .containsExactlyInAnyOrder(second, third);
        assertThat(held.size()).isEqualTo(1);
    }

    @Test
    void aShortlistAnotherWriterChangedIsReadAgain() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        propose(candidate(first, "3", "3"));
        // another instance withdraws the first and proposes the second, at its own version
        Match other = Match.propose(vacancy, second, "agency", candidate(second, "3", "2").appraisal(), NOW);
        stored.write(List.of(other), List.of(Match.idOf(vacancy.id(), first)),
                Map.of(vacancy.id(), new Matches.Tail(1, other)), 77);

        propose(candidate(UUID.randomUUID(), "3", "3"));

        assertThat(stored.reads).isEqualTo(1);
        assertThat(stored.participants()).as("the list as the other writer left it, and the new one")
                .hasSize(2).contains(second).doesNotContain(first);
    }

    @Test
    void aShortlistWhoseTransactionNeverWroteIsReadAgain() {
        propose(candidate(UUID.randomUUID(), "3", "3"));
        ShortlistChanges.read(RULES, List.of(vacancy.id()), stored, held);
        // that transaction failed before writing

        propose(candidate(UUID.randomUUID(), "3", "3"));

        assertThat(stored.reads).isEqualTo(1);
        assertThat(stored.participants()).hasSize(2);
    }

    /** Reads the shortlist, makes the decisions against it and writes them, as one transaction. */
    void inOneTransaction(Consumer<ShortlistChanges> decisions) {
        ShortlistChanges changes = ShortlistChanges.read(RULES, List.of(vacancy.id()), stored, held);
        decisions.accept(changes);
        changes.write(stored, this::announce);
    }

    /** Weighs a participant again, with their match as stored when the transaction began. */
    void weigh(ShortlistChanges changes, ProposeCandidates.Candidate candidate) {
        changes.reconsider(vacancy, candidate, Optional.ofNullable(storedMatch(candidate.participantId())),
                id -> "agency", NOW);
    }

    Match storedMatch(UUID participant) {
        return stored.rows.get(Match.idOf(vacancy.id(), participant));
    }

    /** A participant named in a scenario, and their skills' levels. */
    record Weighed(String name, String reading, String service) {
    }

    static Weighed weighed(String name, String reading, String service) {
        return new Weighed(name, reading, service);
    }

    /**
     * Shortlists of at most two. The participants before are proposed one transaction each; those within are weighed
     * again (with their stored match, if any) in one transaction, in that order.
     */
    static Stream<Arguments> aTransactionAnnouncesEachMatchItChangedOnce() {
        return Stream.of(
                Arguments.of("a newcomer outranked within it is neither written nor announced",
                        List.of(weighed("a", "3", "3")),
                        List.of(weighed("b", "3", "2"), weighed("c", "3", "3")),
                        List.of("a", "c"), List.of("match.proposed.v1 c")),
                Arguments.of("a stored match proposed again, then outranked, is announced once: withdrawn",
                        List.of(weighed("a", "3", "3"), weighed("b", "3", "3")),
                        List.of(weighed("b", "3", "2"), weighed("c", "3", "3")),
                        List.of("a", "c"), List.of("match.withdrawn.v1 b", "match.proposed.v1 c")),
                Arguments.of("one outranked earlier in it, whose skills grew too little, is weighed as a newcomer:"
                        + " a list never exceeds its most proposals",
                        List.of(weighed("a", "3", "3"), weighed("b", "3", "2")),
                        List.of(weighed("c", "3", "3"), weighed("b", "3", "2.5")),
                        List.of("a", "c"), List.of("match.withdrawn.v1 b", "match.proposed.v1 c")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void aTransactionAnnouncesEachMatchItChangedOnce(String scenario, List<Weighed> before, List<Weighed> within,
            List<String> listed, List<String> announcements) {
        Map<String, UUID> ids = new HashMap<>();
        Map<UUID, String> names = new HashMap<>();
        Function<Weighed, ProposeCandidates.Candidate> candidateOf = w -> {
            UUID id = ids.computeIfAbsent(w.name(), n -> UUID.randomUUID());
            names.put(id, w.name());
            return candidate(id, w.reading(), w.service());
        };
        before.forEach(w -> propose(candidateOf.apply(w)));
        announced.clear();

        inOneTransaction(changes -> within.forEach(w -> weigh(changes, candidateOf.apply(w))));

        assertThat(stored.participants()).map(names::get).containsExactlyInAnyOrderElementsOf(listed);
        assertThat(announced).map(a -> a.substring(0, a.indexOf(' ') + 1)
                + names.get(UUID.fromString(a.substring(a.indexOf(' ') + 1))))
                .containsExactlyInAnyOrderElementsOf(announcements);
    }

    @Test
    void aStoredMatchWithdrawnProposedAndWithdrawnAgainWithinTheTransactionIsDeletedAndAnnouncedWithdrawn() {
        UUID first = UUID.randomUUID();
        propose(candidate(first, "3", "2"));
        announced.clear();
        Match firstMatch = storedMatch(first);

        inOneTransaction(changes -> {
            changes.withdraw(firstMatch, Match.Withdrawal.NO_LONGER_QUALIFIES, NOW);
            weigh(changes, candidate(first, "3", "3"));
            changes.withdraw(firstMatch, Match.Withdrawal.CONSENT_WITHDRAWN, NOW);
        });

        assertThat(stored.participants()).as("the match stored before is gone").isEmpty();
        assertThat(announced).containsExactly("match.withdrawn.v1 " + first);
    }

    @Test
    void aStoredMatchProposedAgainTwiceIsAnnouncedOnceWithItsLatestExplanation() {
        UUID first = UUID.randomUUID();
        propose(candidate(first, "3", "3"));
        announced.clear();
        List<MatchProposed> proposals = new ArrayList<>();

        ShortlistChanges changes = ShortlistChanges.read(RULES, List.of(vacancy.id()), stored, held);
        weigh(changes, candidate(first, "3", "2"));
        weigh(changes, candidate(first, "3", "3"));
        changes.write(stored, matches -> matches.forEach(m -> m.takeEvents()
                .forEach(e -> proposals.add((MatchProposed) e.data()))));

        assertThat(proposals).singleElement().satisfies(p -> assertThat(p.score()).isEqualByComparingTo("1"));
    }

    /** The matches of one vacancy as PostgreSQL would keep them, and how often its shortlist was read. */
    static final class StoredMatches implements Matches {

        final Map<UUID, Match> rows = new LinkedHashMap<>();
        final Map<UUID, Long> versions = new HashMap<>();
        int reads;

        List<UUID> participants() {
            return rows.values().stream().map(Match::participantId).toList();
        }

        @Override
        public void write(Collection<Match> present, Collection<UUID> absent, Map<UUID, Tail> tails, long version) {
            absent.forEach(rows::remove);
            present.forEach(m -> rows.put(m.id(), m));
            tails.forEach((vacancyId, tail) -> {
                if (tail.size() == 0) {
                    versions.remove(vacancyId);
                } else {
                    versions.put(vacancyId, version);
                }
            });
        }

        @Override
        public Map<UUID, Long> versions(Collection<UUID> vacancyIds) {
            Map<UUID, Long> found = new HashMap<>(versions);
            found.keySet().retainAll(vacancyIds);
            return found;
        }

        @Override
        public Map<UUID, List<Ranking.Standing>> standings(Collection<UUID> vacancyIds) {
            reads++;
            Map<UUID, List<Ranking.Standing>> found = new HashMap<>();
            rows.values().stream().filter(m -> vacancyIds.contains(m.vacancyId()))
                    .forEach(m -> found.computeIfAbsent(m.vacancyId(), k -> new ArrayList<>())
                            .add(new Ranking.Standing(m.participantId(), m.score(), m.rank())));
            return found;
        }

        @Override
        public List<Proposed> ranked(UUID vacancyId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<UUID, Tail> tails(Collection<UUID> vacancyIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Match> ofParticipants(Collection<UUID> participantIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Match> of(Collection<UUID> participantIds, Collection<UUID> vacancyIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Match> ofVacancy(UUID vacancyId) {
            throw new UnsupportedOperationException();
        }
    }
}

package org.rungs.matching.match.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rungs.spine.domain.Repository;

/** The matches proposed for open vacancies. */
public interface Matches extends Repository<Match> {

    /** Sends the changes made to matches so far (an explanation, a new proposal) to the database. */
    void changed();

    /** Withdraws a match (the participant no longer qualifies, or another ranks before them). */
    void remove(Match match);

    /** A vacancy's matches, best first. */
    List<Match> ranked(UUID vacancyId);

    /** The match that ranks last for a vacancy, if any. */
    Optional<Match> lowest(UUID vacancyId);

    long countFor(UUID vacancyId);

    /** The matches of these participants, vacancies included. */
    List<Match> ofParticipants(java.util.Collection<UUID> participantIds);

    /** How a vacancy's shortlist ends: how many matches, and the one that ranks last. */
    record Tail(long size, Ranking.Ranked last) {
    }

    /** The tails of these vacancies' shortlists (a vacancy without matches has none). */
    java.util.Map<UUID, Tail> tails(java.util.Collection<UUID> vacancyIds);

    /** A vacancy's matches. */
    List<Match> ofVacancy(UUID vacancyId);
}

package org.rungs.matching.match.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rungs.spine.domain.Repository;

/** The matches proposed for open vacancies. */
public interface Matches extends Repository<Match> {

    /** Withdraws a match (the participant no longer qualifies, or another ranks before them). */
    void remove(Match match);

    /** A vacancy's matches, best first. */
    List<Match> ranked(UUID vacancyId);

    /** The match that ranks last for a vacancy, if any. */
    Optional<Match> lowest(UUID vacancyId);

    long countFor(UUID vacancyId);

    /** The matches of these participants, vacancies included. */
    List<Match> ofParticipants(java.util.Collection<UUID> participantIds);

    /** A vacancy's matches. */
    List<Match> ofVacancy(UUID vacancyId);
}

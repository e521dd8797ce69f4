package org.rungs.matching.match.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The matches proposed for open vacancies. Reads give a match's score, rank and digest; its explanation is read only
 * for the people who look at it ({@link #ranked}). Writes come in batches, in the caller's transaction; a caller
 * changing a vacancy's shortlist holds the vacancy's lock.
 */
public interface Matches {

    /** Stores these matches (new, or with a new score, rank or explanation) and removes the ones with these ids. */
    void write(Collection<Match> present, Collection<UUID> absent);

    /** A proposed participant with the full explanation of their rank. */
    record Proposed(UUID participantId, String partnerAgency, Appraisal appraisal) {
    }

    /** A vacancy's matches, best first, explained. */
    List<Proposed> ranked(UUID vacancyId);

    /** How a vacancy's shortlist ends: how many matches, and the one that ranks last. */
    record Tail(long size, Ranking.Ranked last) {
    }

    /** The tails of these vacancies' shortlists (a vacancy without matches has none). */
    Map<UUID, Tail> tails(Collection<UUID> vacancyIds);

    /** These vacancies' shortlists: each match's participant, score and rank (a vacancy without matches has none). */
    Map<UUID, List<Ranking.Standing>> standings(Collection<UUID> vacancyIds);

    /** The matches of these participants. */
    List<Match> ofParticipants(Collection<UUID> participantIds);

    /** The matches of these participants for these vacancies. */
    List<Match> of(Collection<UUID> participantIds, Collection<UUID> vacancyIds);

    /** A vacancy's matches. */
    List<Match> ofVacancy(UUID vacancyId);
}

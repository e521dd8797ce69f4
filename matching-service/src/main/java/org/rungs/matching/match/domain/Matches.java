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

    /**
     * Stores these matches (new, or with a new score, rank or explanation), removes the ones with these ids, and keeps
     * how the shortlists they changed now end.
     *
     * @param tails
     *            each changed vacancy's shortlist as it ends after these writes (an empty one: size 0)
     * @param version
     *            the changed shortlists' new version ({@link #versions}), never 0
     */
    void write(Collection<Match> present, Collection<UUID> absent, Map<UUID, Tail> tails, long version);

    /**
     * The versions of these vacancies' shortlists as last written (a vacancy without matches has none): a shortlist
     * whose version is the one its holder wrote has not changed since.
     */
    Map<UUID, Long> versions(Collection<UUID> vacancyIds);

    /** A proposed participant with the full explanation of their rank. */
    record Proposed(UUID participantId, String partnerAgency, Appraisal appraisal) {
    }

    /** A vacancy's matches, best first, explained. */
    List<Proposed> ranked(UUID vacancyId);

    /** How a vacancy's shortlist ends: how many matches, and the one that ranks last (none when it is empty). */
    record Tail(long size, Ranking.Ranked last) {

        public Tail {
            if (size < 0 || (size == 0) != (last == null)) {
                throw new IllegalArgumentException("a shortlist's tail is its last match, if it has any");
            }
        }
    }

    /**
     * The tails of these vacancies' shortlists as last written (a vacancy without matches has none), read without
     * scanning the matches.
     */
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

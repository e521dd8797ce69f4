package org.rungs.matching.match.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Who is proposed for a vacancy: participants whose evaluation reaches {@code minScore}, at most {@code maxProposals}
 * of them, best first ({@link Ranking}). When a participant is weighed again (their skills grew, or they consented),
 * {@link #reconsider} says what becomes of their match.
 */
public record Shortlist(BigDecimal minScore, int maxProposals) {

    public Shortlist {
        if (minScore.signum() < 0 || minScore.compareTo(BigDecimal.ONE) > 0 || maxProposals < 1) {
            throw new IllegalArgumentException("a shortlist takes a minimum score from 0 to 1 and at least one");
        }
    }

    /** The candidates to propose for a vacancy that just opened, best first. */
    public <T extends Ranking.Ranked> List<T> best(Collection<T> candidates) {
        return Ranking.top(candidates, minScore, maxProposals);
    }

    /** What a vacancy's shortlist holds now: how many matches, and the one that ranks last. */
    public interface Standing {

        long size();

        Optional<? extends Ranking.Ranked> last();
    }

    /** What becomes of a participant's match when they are weighed again for a vacancy. */
    public enum Decision {
        /** The match stands as it is. */
        KEEP,
        /** Same score and rank, another explanation (a skill met at a higher level): updated, not proposed again. */
        REEXPLAIN,
        /** The participant no longer reaches the minimum score: the match is withdrawn. */
        WITHDRAW,
        /** A new score or rank, reaching the minimum score: proposed again. */
        PROPOSE_AGAIN,
        /** Newly reaches the minimum and the shortlist has room: proposed. */
        PROPOSE,
        /** Newly reaches the minimum and ranks before the last of a full shortlist: takes its place. */
        PROPOSE_REPLACING_LAST,
        /** Not proposed: below the minimum, or a full shortlist of better candidates. */
        PASS
    }

    /**
     * @param candidate
     *            the participant with their new score
     * @param appraisal
     *            their new appraisal
     * @param current
     *            their match for the vacancy, if they have one
     * @param standing
     *            the vacancy's shortlist, asked only when needed
     */
    public Decision reconsider(Ranking.Ranked candidate, Appraisal appraisal, Optional<Match> current,
            Standing standing) {
        if (current.isPresent() && appraisal.sameAs(current.get().score(), current.get().rank())) {
            return current.get().explains(appraisal) ? Decision.KEEP : Decision.REEXPLAIN;
        }
        if (!appraisal.qualifies(minScore)) {
            return current.isPresent() ? Decision.WITHDRAW : Decision.PASS;
        }
        if (current.isPresent()) {
            return Decision.PROPOSE_AGAIN;
        }
        if (standing.size() < maxProposals) {
            return Decision.PROPOSE;
        }
        return standing.last().filter(last -> Ranking.ranksBefore(candidate, last)).isPresent()
                ? Decision.PROPOSE_REPLACING_LAST
                : Decision.PASS;
    }
}

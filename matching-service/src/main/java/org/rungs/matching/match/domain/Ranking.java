package org.rungs.matching.match.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The order of candidates for a vacancy: higher rank first ({@link Appraisal}), then participant id (in text order,
 * which is also PostgreSQL's order of uuids, so the database and this class agree).
 */
public final class Ranking {

    /** A participant with a score (coverage) and a rank for one vacancy. */
    public interface Ranked {

        UUID participantId();

        /** The share of required skills met: at least the minimum score to be proposed. */
        BigDecimal score();

        /** The weighted mean of the factors: the order. */
        BigDecimal rank();
    }

    /** A participant's score and rank as stored, without the rest of their match. */
    public record Standing(UUID participantId, BigDecimal score, BigDecimal rank) implements Ranked {
    }

    public static final Comparator<Ranked> BEST_FIRST = Comparator.comparing(Ranked::rank, Comparator.reverseOrder())
            .thenComparing(r -> r.participantId().toString());

    private Ranking() {
    }

    /** The candidates worth proposing: at least {@code minScore}, best first, at most {@code max}. */
    public static <T extends Ranked> List<T> top(Collection<T> candidates, BigDecimal minScore, int max) {
        return candidates.stream()
                .filter(c -> c.score().compareTo(minScore) >= 0)
                .sorted(BEST_FIRST)
                .limit(max)
                .toList();
    }

    /** Whether {@code a} ranks before {@code b}. */
    public static boolean ranksBefore(Ranked a, Ranked b) {
        return BEST_FIRST.compare(a, b) < 0;
    }
}

package org.rungs.matching.match.persistence;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;

import org.rungs.matching.match.domain.Match;
import org.rungs.matching.match.domain.Matches;
import org.rungs.matching.match.domain.Ranking;
import org.rungs.spine.persistence.PanacheAggregates;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheMatches implements Matches, PanacheAggregates<Match> {

    /**
     * The queries here do not flush the session first (a flush checks every entity the transaction holds, and a
     * weighing holds many): the writes flush themselves instead ({@link #add}, {@link #remove}, {@link #changed}).
     */
    static final String FLUSH_MODE = "org.hibernate.flushMode";
    static final String ON_COMMIT = "COMMIT";

    @Override
    public void add(Match match) {
        persist(match);
        flush();
    }

    @Override
    public void changed() {
        flush();
    }

    @Override
    public void remove(Match match) {
        delete(match);
        flush();
    }

    @Override
    public List<Match> ranked(UUID vacancyId) {
        return find("select m from Match m where m.vacancy.id = ?1 order by m.rank desc, m.participantId",
                vacancyId).withHint(FLUSH_MODE, ON_COMMIT).list();
    }

    @Override
    public Optional<Match> lowest(UUID vacancyId) {
        return find("vacancy.id", Sort.ascending("rank").and("participantId", Sort.Direction.Descending),
                vacancyId).withHint(FLUSH_MODE, ON_COMMIT).firstResultOptional();
    }

    @Override
    public long countFor(UUID vacancyId) {
        return getEntityManager().createQuery("select count(m) from Match m where m.vacancy.id = ?1", Long.class)
                .setParameter(1, vacancyId).setFlushMode(FlushModeType.COMMIT).getSingleResult();
    }

    @Override
    public List<Match> ofParticipants(Collection<UUID> participantIds) {
        return participantIds.isEmpty()
                ? List.of()
                : find("select m from Match m join fetch m.vacancy where m.participantId in ?1", participantIds)
                        .withHint(FLUSH_MODE, ON_COMMIT).list();
    }

    @Override
    public Map<UUID, Tail> tails(Collection<UUID> vacancyIds) {
        Map<UUID, Tail> tails = new HashMap<>();
        if (vacancyIds.isEmpty()) {
            return tails;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select vacancy_id, n, score, rank, participant_id from (
                  select vacancy_id, score, rank, participant_id, count(*) over (partition by vacancy_id) n,
                         row_number() over (partition by vacancy_id order by rank, participant_id desc) place
                    from vacancy_match where vacancy_id in (?1)) t
                 where place = 1""").setParameter(1, vacancyIds).setFlushMode(FlushModeType.COMMIT).getResultList();
        for (Object[] row : rows) {
            tails.put((UUID) row[0], new Tail(((Number) row[1]).longValue(),
                    new Ranking.Standing((UUID) row[4], (BigDecimal) row[2], (BigDecimal) row[3])));
        }
        return tails;
    }

    @Override
    public List<Match> ofVacancy(UUID vacancyId) {
        return find("vacancy.id", vacancyId).withHint(FLUSH_MODE, ON_COMMIT).list();
    }
}

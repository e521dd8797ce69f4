package org.rungs.matching.match;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class MatchRepository implements PanacheRepositoryBase<Match, UUID> {

    /** A vacancy's matches, best first, with each participant loaded in the same query. */
    public List<Match> ranked(UUID vacancyId) {
        return find("select m from Match m join fetch m.participant where m.vacancy.id = ?1"
                + " order by m.score desc, m.participant.id", vacancyId).list();
    }

    /** The match that ranks last for a vacancy, if any. */
    public Match lowest(UUID vacancyId) {
        return find("vacancy.id", Sort.ascending("score").and("participant.id", Sort.Direction.Descending),
                vacancyId).firstResult();
    }

    public long countFor(UUID vacancyId) {
        return count("vacancy.id", vacancyId);
    }

    public List<Match> ofParticipant(UUID participantId) {
        return list("participant.id", participantId);
    }

    public long deleteOfParticipant(UUID participantId) {
        return delete("participant.id", participantId);
    }

    public long deleteOfVacancy(UUID vacancyId) {
        return delete("vacancy.id", vacancyId);
    }
}

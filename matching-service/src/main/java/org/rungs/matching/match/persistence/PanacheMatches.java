package org.rungs.matching.match.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.matching.match.domain.Match;
import org.rungs.matching.match.domain.Matches;
import org.rungs.spine.persistence.PanacheAggregates;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheMatches implements Matches, PanacheAggregates<Match> {

    @Override
    public void remove(Match match) {
        delete(match);
        flush();
    }

    @Override
    public List<Match> ranked(UUID vacancyId) {
        return find("select m from Match m where m.vacancy.id = ?1 order by m.rank desc, m.participantId",
                vacancyId).list();
    }

    @Override
    public Optional<Match> lowest(UUID vacancyId) {
        return find("vacancy.id", Sort.ascending("rank").and("participantId", Sort.Direction.Descending),
                vacancyId).firstResultOptional();
    }

    @Override
    public long countFor(UUID vacancyId) {
        return count("vacancy.id", vacancyId);
    }

    @Override
    public List<Match> ofParticipants(Collection<UUID> participantIds) {
        return participantIds.isEmpty()
                ? List.of()
                : find("select m from Match m join fetch m.vacancy where m.participantId in ?1", participantIds)
                        .list();
    }

    @Override
    public List<Match> ofVacancy(UUID vacancyId) {
        return list("vacancy.id", vacancyId);
    }
}

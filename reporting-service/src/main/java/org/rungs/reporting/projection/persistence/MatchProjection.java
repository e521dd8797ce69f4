package org.rungs.reporting.projection.persistence;

import java.util.List;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import org.rungs.contracts.matching.MatchProposed;
import org.rungs.contracts.matching.MatchingEvents;
import org.rungs.spine.messaging.Handlers;

/** One row per match (vacancy x participant); a later proposal supersedes an earlier one. */
@Singleton
public class MatchProjection extends SqlProjection {

    public MatchProjection(EntityManager em) {
        super(em);
    }

    @Override
    public List<String> tables() {
        return List.of("match_fact");
    }

    @Override
    public void register(Handlers on) {
        on.on(MatchingEvents.MATCH_PROPOSED, this::proposed);
    }

    void proposed(MatchProposed e) {
        execute("""
                insert into match_fact (match_id, vacancy_id, employer_id, participant_id, score, proposed_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (match_id) do update set score = excluded.score, proposed_at = excluded.proposed_at
                where match_fact.proposed_at <= excluded.proposed_at""",
                e.matchId(), e.vacancyId(), e.employerId(), e.participantId(), e.score(), e.proposedAt());
    }
}

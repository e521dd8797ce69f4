package org.rungs.reporting.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.MatchProposedEvent;
import org.rungs.spine.inbox.EventHandler;

/** Counts a proposed match once; the latest proposal for the same match wins whatever the order they are read in. */
@ApplicationScoped
public class MatchProposedHandler implements EventHandler<MatchProposedEvent> {

    private final EntityManager em;

    public MatchProposedHandler(EntityManager em) {
        this.em = em;
    }

    @Override
    public EventType type() {
        return EventType.MATCH_PROPOSED;
    }

    @Override
    @Transactional
    public void handle(EventEnvelope<MatchProposedEvent> event) {
        MatchProposedEvent e = event.data();
        em.createNativeQuery("""
                insert into match_fact (match_id, vacancy_id, employer_id, participant_id, score, proposed_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (match_id) do update set score = excluded.score, proposed_at = excluded.proposed_at
                where match_fact.proposed_at <= excluded.proposed_at""")
                .setParameter(1, e.matchId())
                .setParameter(2, e.vacancyId())
                .setParameter(3, e.employerId())
                .setParameter(4, e.participantId())
                .setParameter(5, e.score())
                .setParameter(6, e.proposedAt())
                .executeUpdate();
    }
}

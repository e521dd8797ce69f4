package org.rungs.participant.plan.persistence;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.rungs.contracts.matching.PathwayProposed;
import org.rungs.participant.plan.domain.ProposedPathways;
import org.rungs.spine.events.EventJson;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Proposed pathways as the event's data, one row per pathway, in plain SQL. */
@ApplicationScoped
public class SqlProposedPathways implements ProposedPathways {

    private final EntityManager em;

    public SqlProposedPathways(EntityManager em) {
        this.em = em;
    }

    @Override
    public void keep(PathwayProposed pathway) {
        String body;
        try {
            body = EventJson.mapper().writeValueAsString(pathway);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a proposed pathway cannot be written as JSON", e);
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement("""
                    insert into proposed_pathway (pathway_id, participant_id, ladder_id, target_rung_id, proposed_at,
                                                  body)
                    values (?, ?, ?, ?, ?, cast(? as jsonb))
                    on conflict (pathway_id) do update set proposed_at = excluded.proposed_at, body = excluded.body
                     where proposed_pathway.proposed_at < excluded.proposed_at""")) {
                s.setObject(1, pathway.pathwayId());
                s.setObject(2, pathway.participantId());
                s.setObject(3, pathway.ladderId());
                s.setObject(4, pathway.targetRungId());
                s.setTimestamp(5, Timestamp.from(pathway.proposedAt()));
                s.setString(6, body);
                s.executeUpdate();
            }
        });
    }

    @Override
    public Optional<PathwayProposed> latest(UUID participantId, UUID ladderId, UUID rungId) {
        String[] body = {null};
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement("""
                    select body from proposed_pathway
                     where participant_id = ? and ladder_id = ? and target_rung_id = ?
                     order by proposed_at desc, pathway_id limit 1""")) {
                s.setObject(1, participantId);
                s.setObject(2, ladderId);
                s.setObject(3, rungId);
                try (ResultSet rows = s.executeQuery()) {
                    if (rows.next()) {
                        body[0] = rows.getString(1);
                    }
                }
            }
        });
        if (body[0] == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(EventJson.mapper().readValue(body[0], PathwayProposed.class));
        } catch (IOException e) {
            throw new IllegalStateException("a stored pathway cannot be read", e);
        }
    }
}

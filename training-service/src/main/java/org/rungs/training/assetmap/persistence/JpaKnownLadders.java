package org.rungs.training.assetmap.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.rungs.contracts.employer.LadderPublished;
import org.rungs.spine.events.EventJson;
import org.rungs.training.assetmap.domain.KnownLadders;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Ladders kept as their last publication's JSON, one row each. */
@ApplicationScoped
public class JpaKnownLadders implements KnownLadders {

    private final EntityManager em;

    public JpaKnownLadders(EntityManager em) {
        this.em = em;
    }

    @Override
    public void keep(LadderPublished ladder) {
        try {
            em.createNativeQuery(
                    """
                            insert into ladder_copy (ladder_id, version, payload, retired) values (?1, ?2, cast(?3 as jsonb), false)
                            on conflict (ladder_id) do update set version = excluded.version, payload = excluded.payload
                             where ladder_copy.version < excluded.version""")
                    .setParameter(1, ladder.ladderId()).setParameter(2, ladder.version())
                    .setParameter(3, EventJson.mapper().writeValueAsString(ladder)).executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void retire(UUID ladderId) {
        em.createNativeQuery("update ladder_copy set retired = true where ladder_id = ?1").setParameter(1, ladderId)
                .executeUpdate();
    }

    @Override
    public Optional<LadderPublished> published(UUID ladderId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery(
                "select cast(payload as text) from ladder_copy where ladder_id = ?1 and not retired")
                .setParameter(1, ladderId).getResultList();
        return rows.stream().findFirst().map(json -> {
            try {
                return EventJson.mapper().readValue(json, LadderPublished.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("ladder copy " + ladderId + " is unreadable", e);
            }
        });
    }
}

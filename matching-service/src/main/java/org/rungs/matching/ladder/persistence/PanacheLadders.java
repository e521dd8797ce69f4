package org.rungs.matching.ladder.persistence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.matching.ladder.domain.Ladder;
import org.rungs.matching.ladder.domain.Ladders;
import org.rungs.spine.persistence.PanacheAggregates;

@ApplicationScoped
public class PanacheLadders implements Ladders, PanacheAggregates<Ladder> {

    @Override
    public Set<UUID> rungsAbove(UUID rungId) {
        if (rungId == null) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> rows = getEntityManager().createNativeQuery("""
                select distinct t.to_rung_id from ladder_transition t join ladder l on l.id = t.ladder_id
                 where l.status = 'PUBLISHED' and t.from_rung_id = ?1 and t.kind <> 'horizontal'""")
                .setParameter(1, rungId).getResultList();
        return Set.copyOf(rows);
    }

    @Override
    public StepsInto stepsInto(UUID rungId) {
        if (rungId == null) {
            return StepsInto.NONE;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select t.from_rung_id, t.credential from ladder_transition t join ladder l on l.id = t.ladder_id
                 where l.status = 'PUBLISHED' and t.to_rung_id = ?1""").setParameter(1, rungId).getResultList();
        Set<UUID> from = new HashSet<>();
        Set<String> credentials = new HashSet<>();
        for (Object[] row : rows) {
            from.add((UUID) row[0]);
            if (row[1] != null && !((String) row[1]).isBlank()) {
                credentials.add((String) row[1]);
            }
        }
        @SuppressWarnings("unchecked")
        List<String> ofRung = getEntityManager().createNativeQuery("""
                select distinct unnest(r.credentials) from ladder_rung r join ladder l on l.id = r.ladder_id
                 where l.status = 'PUBLISHED' and r.rung_id = ?1""").setParameter(1, rungId).getResultList();
        credentials.addAll(ofRung);
        return new StepsInto(from, credentials);
    }
}

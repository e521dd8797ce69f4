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
        return new StepsInto(from, credentials);
    }
}

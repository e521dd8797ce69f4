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
                .setParameter(1, rungId).setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultList();
        return Set.copyOf(rows);
    }

    @Override
    public StepsInto stepsInto(UUID rungId) {
        return rungId == null ? StepsInto.NONE : stepsInto(List.of(rungId)).getOrDefault(rungId, StepsInto.NONE);
    }

    @Override
    public java.util.Map<UUID, StepsInto> stepsInto(java.util.Collection<UUID> rungIds) {
        java.util.Map<UUID, Set<UUID>> from = new java.util.HashMap<>();
        java.util.Map<UUID, Set<String>> credentials = new java.util.HashMap<>();
        if (rungIds.isEmpty()) {
            return java.util.Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> steps = getEntityManager().createNativeQuery("""
                select t.to_rung_id, t.from_rung_id, t.credential from ladder_transition t
                  join ladder l on l.id = t.ladder_id
                 where l.status = 'PUBLISHED' and t.to_rung_id in (?1)""").setParameter(1, rungIds)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultList();
        for (Object[] row : steps) {
            from.computeIfAbsent((UUID) row[0], k -> new HashSet<>()).add((UUID) row[1]);
            if (row[2] != null && !((String) row[2]).isBlank()) {
                credentials.computeIfAbsent((UUID) row[0], k -> new HashSet<>()).add((String) row[2]);
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> ofRungs = getEntityManager().createNativeQuery("""
                select distinct r.rung_id, unnest(r.credentials) from ladder_rung r join ladder l on l.id = r.ladder_id
                 where l.status = 'PUBLISHED' and r.rung_id in (?1)""").setParameter(1, rungIds)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultList();
        for (Object[] row : ofRungs) {
            credentials.computeIfAbsent((UUID) row[0], k -> new HashSet<>()).add((String) row[1]);
        }
        java.util.Map<UUID, StepsInto> result = new java.util.HashMap<>();
        for (UUID rung : rungIds) {
            if (from.containsKey(rung) || credentials.containsKey(rung)) {
                result.put(rung, new StepsInto(from.getOrDefault(rung, Set.of()),
                        credentials.getOrDefault(rung, Set.of())));
            }
        }
        return result;
    }
}

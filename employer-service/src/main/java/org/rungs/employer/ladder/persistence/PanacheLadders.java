package org.rungs.employer.ladder.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.employer.ladder.domain.Ladder;
import org.rungs.employer.ladder.domain.Ladders;
import org.rungs.spine.domain.Page;
import org.rungs.spine.persistence.PanacheAggregates;

@ApplicationScoped
public class PanacheLadders implements Ladders, PanacheAggregates<Ladder> {

    @Override
    public Page<Ladder> search(Search search, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (search.status() != null) {
            params.add(search.status().name());
            where.append(" and l.status = ?").append(params.size());
        }
        if (search.employerId() != null) {
            params.add(search.employerId());
            where.append(" and exists (select 1 from ladder_rung r join rung_employer e on e.rung_id = r.id"
                    + " where r.ladder_id = l.id and e.employer_id = ?").append(params.size()).append(')');
        }
        if (search.occupationCode() != null) {
            params.add(search.occupationCode());
            where.append(" and exists (select 1 from ladder_rung r where r.ladder_id = l.id and r.occupation_code = ?")
                    .append(params.size()).append(')');
        }
        var em = getEntityManager();
        var count = em.createNativeQuery("select count(*) from ladder l" + where);
        var ids = em.createNativeQuery("select l.id from ladder l" + where + " order by lower(l.title), l.id",
                UUID.class);
        for (int i = 0; i < params.size(); i++) {
            count.setParameter(i + 1, params.get(i));
            ids.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<UUID> pageIds = ids.setFirstResult(page * size).setMaxResults(size).getResultList();
        List<Ladder> items = pageIds.isEmpty() ? List.of() : new ArrayList<>(list("id in ?1", pageIds));
        items.sort(Comparator.comparingInt(l -> pageIds.indexOf(l.id())));
        return new Page<>(items, page, size, ((Number) count.getSingleResult()).longValue());
    }
}

package org.rungs.training.program.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.spine.domain.Page;
import org.rungs.spine.persistence.PanacheAggregates;
import org.rungs.training.program.domain.Program;
import org.rungs.training.program.domain.Programs;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanachePrograms implements Programs, PanacheAggregates<Program> {

    @Override
    public List<Program> all() {
        return listAll(io.quarkus.panache.common.Sort.by("title").and("id"));
    }

    @Override
    public Page<Program> search(Search search, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search.occupationCode() != null) {
            where.append(" and exists (select 1 from Program o join o.occupationCodes c"
                    + " where o.id = p.id and c = :occupationCode)");
            params.put("occupationCode", search.occupationCode());
        }
        if (search.elementId() != null) {
            where.append(" and exists (select 1 from Program t join t.skillsTaught s"
                    + " where t.id = p.id and s.elementId = :elementId)");
            params.put("elementId", search.elementId());
        }
        if (search.deliveryMode() != null) {
            where.append(" and p.deliveryMode = :deliveryMode");
            params.put("deliveryMode", search.deliveryMode());
        }
        if (search.schedule() != null) {
            where.append(" and p.schedule = :schedule");
            params.put("schedule", search.schedule());
        }
        if (search.providerId() != null) {
            where.append(" and p.providerId = :providerId");
            params.put("providerId", search.providerId());
        }
        var query = find("from Program p where " + where, Sort.by("p.title").and("p.id"), params);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}

package org.rungs.participant.audit.persistence;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.participant.audit.domain.PiiRead;
import org.rungs.participant.audit.domain.PiiReads;
import org.rungs.spine.domain.Page;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class JpaPiiReads implements PiiReads, PanacheRepositoryBase<PiiRead, java.util.UUID> {

    @Override
    public void addAll(Collection<PiiRead> reads) {
        persist(reads);
    }

    @Override
    public Page<PiiRead> search(Search search, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (search.participantId() != null) {
            where.append(" and participantId = :participant");
            params.and("participant", search.participantId());
        }
        if (search.reader() != null) {
            where.append(" and reader = :reader");
            params.and("reader", search.reader());
        }
        if (search.from() != null) {
            where.append(" and readAt >= :from");
            params.and("from", search.from());
        }
        if (search.to() != null) {
            where.append(" and readAt < :to");
            params.and("to", search.to());
        }
        var query = find(where.toString(), Sort.descending("readAt").and("id"), params);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}

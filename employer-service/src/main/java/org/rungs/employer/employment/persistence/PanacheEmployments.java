package org.rungs.employer.employment.persistence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.employer.employment.domain.Employment;
import org.rungs.employer.employment.domain.EmploymentStatus;
import org.rungs.employer.employment.domain.Employments;
import org.rungs.spine.domain.Page;
import org.rungs.spine.persistence.PanacheAggregates;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheEmployments implements Employments, PanacheAggregates<Employment> {

    @Override
    public Page<Employment> search(Search search, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search.employerId() != null) {
            where.append(" and employerId = :employer");
            params.put("employer", search.employerId());
        }
        if (search.participantId() != null) {
            where.append(" and participantId = :participant");
            params.put("participant", search.participantId());
        }
        if (search.partnerAgency() != null) {
            where.append(" and participantId in (select c.id from Candidate c where c.partnerAgency = :agency)");
            params.put("agency", search.partnerAgency());
        }
        var query = find(where.toString(), Sort.descending("startDate").and("id"), params);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    @Override
    public Page<Employment> withOverdueCheckIns(Search search, LocalDate day, int page, int size) {
        String where = """
                where exists (select 1 from Employment o join o.checkIns c where o = e and c.checkedOn is null
                    and c.dueOn < :day and (o.separatedOn is null or c.dueOn <= o.separatedOn))"""
                + (search.employerId() == null ? "" : " and e.employerId = :employer")
                + (search.partnerAgency() == null
                        ? ""
                        : " and e.participantId in (select p.id from Candidate p where p.partnerAgency = :agency)");
        var em = getEntityManager();
        var items = em.createQuery("select e from Employment e " + where + " order by e.startDate, e.id",
                Employment.class).setParameter("day", day);
        var count = em.createQuery("select count(e) from Employment e " + where, Long.class).setParameter("day", day);
        if (search.employerId() != null) {
            items.setParameter("employer", search.employerId());
            count.setParameter("employer", search.employerId());
        }
        if (search.partnerAgency() != null) {
            items.setParameter("agency", search.partnerAgency());
            count.setParameter("agency", search.partnerAgency());
        }
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }

    @Override
    public boolean servedBy(UUID participantId, String partnerAgency) {
        return getEntityManager().createQuery("select count(c) from Candidate c where c.id = :id and "
                + "c.partnerAgency = :agency", Long.class).setParameter("id", participantId)
                .setParameter("agency", partnerAgency).getSingleResult() > 0;
    }

    @Override
    public boolean employs(UUID employerId, UUID participantId) {
        return count("employerId = ?1 and participantId = ?2 and status = ?3", employerId, participantId,
                EmploymentStatus.EMPLOYED) > 0;
    }
}

package org.rungs.employer.agreement.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.employer.agreement.domain.Agreement;
import org.rungs.employer.agreement.domain.Agreements;
import org.rungs.spine.domain.Page;
import org.rungs.spine.persistence.PanacheAggregates;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheAgreements implements Agreements, PanacheAggregates<Agreement> {

    @Override
    public List<Agreement> inForce(UUID employerId, LocalDate day) {
        return list("employerId = ?1 and startsOn <= ?2 and (endsOn is null or endsOn >= ?2)"
                + " and (endedOn is null or endedOn >= ?2)", employerId, day);
    }

    @Override
    public Page<Agreement> list(UUID employerId, int page, int size) {
        Sort newest = Sort.descending("signedOn").and("id");
        var query = employerId == null ? findAll(newest) : find("employerId", newest, employerId);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}

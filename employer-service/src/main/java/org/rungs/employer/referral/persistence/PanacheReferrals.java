package org.rungs.employer.referral.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.rungs.employer.referral.domain.Referral;
import org.rungs.employer.referral.domain.Referrals;
import org.rungs.employer.referral.domain.Stage;
import org.rungs.spine.domain.Page;
import org.rungs.spine.persistence.PanacheAggregates;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheReferrals implements Referrals, PanacheAggregates<Referral> {

    private static final List<Stage> OPEN = List.of(Stage.REFERRED, Stage.ACCEPTED, Stage.INTERVIEWED,
            Stage.OFFERED);

    @Override
    public Optional<Referral> openFor(UUID participantId, UUID vacancyId) {
        return find("participantId = ?1 and vacancyId = ?2 and stage in ?3", participantId, vacancyId, OPEN)
                .firstResultOptional();
    }

    @Override
    public List<Referral> openOfVacancyForChange(UUID vacancyId) {
        return find("vacancyId = ?1 and stage in ?2", Sort.by("referredAt").and("id"), vacancyId, OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    @Override
    public List<Referral> openOfParticipantForChange(UUID participantId) {
        return find("participantId = ?1 and stage in ?2", Sort.by("referredAt").and("id"), participantId, OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    @Override
    public Page<Referral> search(Search search, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search.vacancyId() != null) {
            where.append(" and vacancyId = :vacancy");
            params.put("vacancy", search.vacancyId());
        }
        if (search.participantId() != null) {
            where.append(" and participantId = :participant");
            params.put("participant", search.participantId());
        }
        if (search.employerId() != null) {
            where.append(" and employerId = :employer");
            params.put("employer", search.employerId());
        }
        if (search.partnerAgency() != null) {
            where.append(" and partnerAgency = :agency");
            params.put("agency", search.partnerAgency());
        }
        var query = find(where.toString(), Sort.descending("referredAt").and("id"), params);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}

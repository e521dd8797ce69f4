package org.rungs.participant.plan.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.rungs.participant.plan.domain.CareerPlan;
import org.rungs.participant.plan.domain.CareerPlans;
import org.rungs.participant.plan.domain.KnownRung;
import org.rungs.participant.plan.domain.PlanStatus;
import org.rungs.spine.persistence.PanacheAggregates;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheCareerPlans implements CareerPlans, PanacheAggregates<CareerPlan> {

    @Override
    public Optional<CareerPlan> activeOf(UUID participantId, boolean forChange) {
        var query = find("participantId = :participant and status = :active",
                Parameters.with("participant", participantId).and("active", PlanStatus.ACTIVE));
        return forChange
                ? query.withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                : query.firstResultOptional();
    }

    @Override
    public List<CareerPlan> ofParticipant(UUID participantId) {
        return list("participantId", Sort.descending("startedOn").and("id"), participantId);
    }

    @Override
    public List<ReviewDue> reviewsDueBefore(LocalDate day, String agency, int limit) {
        return getEntityManager().createQuery("""
                select new org.rungs.participant.plan.domain.CareerPlans$ReviewDue(c.id, c.participantId,
                       c.partnerAgency, p.givenName, p.familyName, c.lastReviewedOn, c.nextReviewDue)
                  from CareerPlan c, Participant p
                 where p.id = c.participantId and c.status = :active and c.nextReviewDue < :day
                   and (:agency is null or c.partnerAgency = :agency)
                 order by c.nextReviewDue, c.id""", ReviewDue.class).setParameter("active", PlanStatus.ACTIVE)
                .setParameter("day", day).setParameter("agency", agency).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<KnownRung> rung(UUID rungId) {
        return Optional.ofNullable(getEntityManager().find(KnownRung.class, rungId));
    }

    @Override
    public void keep(KnownRung rung) {
        getEntityManager().merge(rung);
    }

    @Override
    public List<KnownRung> rungsOf(UUID ladderId) {
        return getEntityManager().createQuery("from KnownRung r where r.ladderId = :ladder", KnownRung.class)
                .setParameter("ladder", ladderId).getResultList();
    }
}

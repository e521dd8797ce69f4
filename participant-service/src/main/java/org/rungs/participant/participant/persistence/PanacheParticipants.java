package org.rungs.participant.participant.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.participant.participant.domain.ConsentChange;
import org.rungs.participant.participant.domain.Demographics;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participant.domain.Participants;
import org.rungs.spine.domain.Page;
import org.rungs.spine.persistence.PanacheAggregates;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheParticipants implements Participants, PanacheAggregates<Participant> {

    @Override
    public void add(ConsentChange change) {
        getEntityManager().persist(change);
    }

    @Override
    public void add(Demographics demographics) {
        getEntityManager().persist(demographics);
    }

    @Override
    public List<ConsentChange> consentHistory(UUID participantId) {
        return getEntityManager().createQuery("""
                from ConsentChange c where c.participantId = :participant order by c.changedAt, c.id""",
                ConsentChange.class).setParameter("participant", participantId).getResultList();
    }

    @Override
    public List<Participant> byPersonKey(String personKey) {
        return list("personKey", Sort.ascending("enrolledAt").and("id"), personKey);
    }

    @Override
    public long otherAgencies(UUID personId, String agency) {
        return getEntityManager().createQuery("""
                select count(distinct p.partnerAgency) from Participant p
                 where p.personId = :person and p.partnerAgency <> :agency""", Long.class)
                .setParameter("person", personId).setParameter("agency", agency).getSingleResult();
    }

    @Override
    public Page<Participant> search(Search search, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (search.servedBy() != null) {
            where.append(" and partnerAgency = :own");
            params.and("own", search.servedBy());
        }
        if (search.partnerAgency() != null) {
            where.append(" and partnerAgency = :agency");
            params.and("agency", search.partnerAgency());
        }
        var query = find(where.toString(), Sort.descending("enrolledAt").and("id"), params);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}

package org.rungs.participant.participant.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    public Map<String, Map<String, Long>> demographicAnswers(String agency) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                select count(*),
                       count(*) filter (where d.sex = 'female'), count(*) filter (where d.sex = 'male'),
                       count(*) filter (where d.sex = 'not-disclosed'), count(*) filter (where d.sex is null),
                       count(*) filter (where d.hispanic_latino), count(*) filter (where not d.hispanic_latino),
                       count(*) filter (where d.hispanic_latino is null),
                       count(*) filter (where d.american_indian_alaska), count(*) filter (where d.asian),
                       count(*) filter (where d.black_african_american),
                       count(*) filter (where d.native_hawaiian_pacific), count(*) filter (where d.white),
                       count(*) filter (where d.disability), count(*) filter (where not d.disability),
                       count(*) filter (where d.disability is null),
                       count(*) filter (where d.veteran), count(*) filter (where not d.veteran),
                       count(*) filter (where d.veteran is null)
                  from participant p left join participant_demographics d on d.participant_id = p.id
                 where cast(?1 as text) is null or p.partner_agency = ?1""").setParameter(1, agency)
                .getSingleResult();
        long[] n = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            n[i] = ((Number) row[i]).longValue();
        }
        Map<String, Map<String, Long>> answers = new LinkedHashMap<>();
        answers.put("sex", ordered("female", n[1], "male", n[2], "not-disclosed", n[3], "not-answered", n[4]));
        answers.put("hispanicLatino", ordered("yes", n[5], "no", n[6], "not-answered", n[7]));
        answers.put("race", ordered("americanIndianAlaskaNative", n[8], "asian", n[9], "blackAfricanAmerican", n[10],
                "nativeHawaiianPacificIslander", n[11], "white", n[12]));
        answers.put("disability", ordered("yes", n[13], "no", n[14], "not-answered", n[15]));
        answers.put("veteran", ordered("yes", n[16], "no", n[17], "not-answered", n[18]));
        answers.put("total", ordered("participants", n[0]));
        return answers;
    }

    private static Map<String, Long> ordered(Object... pairs) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Long) pairs[i + 1]);
        }
        return m;
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

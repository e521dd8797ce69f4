package org.rungs.reporting.indicator.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.rungs.reporting.indicator.domain.CountReadings;
import org.rungs.reporting.indicator.domain.Counts;

/** The counts, by SQL over the projections' tables. Skills, matches and consent are joined to participants here. */
@ApplicationScoped
public class SqlCountReadings implements CountReadings {

    private final EntityManager em;

    public SqlCountReadings(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Counts.Snapshot read(String partnerAgency, UUID employerId) {
        em.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
        return new Counts.Snapshot(totals(), byPartnerAgency(partnerAgency), byEmployer(employerId));
    }

    private Counts.Totals totals() {
        Object[] t = (Object[]) em.createNativeQuery("""
                select (select count(*) from participant_fact),
                       (select count(*) from participant_fact p left join consent_fact c using (participant_id)
                        where coalesce(c.share_with_employers, p.consent_to_share)),
                       (select count(*) from skill_fact),
                       (select count(*) from employer_fact),
                       (select count(*) from vacancy_fact where status = 'open'),
                       (select count(*) from vacancy_fact where status = 'closed'),
                       (select count(*) from program_fact),
                       (select count(*) from match_fact),
                       (select count(distinct participant_id) from match_fact),
                       (select count(distinct coalesce(person_id, participant_id)) from participant_fact)""")
                .getSingleResult();
        return new Counts.Totals(n(t[0]), n(t[1]), n(t[2]), n(t[3]), n(t[4]), n(t[5]), n(t[6]), n(t[7]), n(t[8]),
                n(t[9]));
    }

    private List<Counts.Agency> byPartnerAgency(String partnerAgency) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.partner_agency, count(*), coalesce(sum(s.n), 0), coalesce(sum(m.n), 0)
                from participant_fact p
                left join (select participant_id, count(*) n from skill_fact group by participant_id) s
                    using (participant_id)
                left join (select participant_id, count(*) n from match_fact group by participant_id) m
                    using (participant_id)
                where cast(?1 as text) is null or p.partner_agency = cast(?1 as text)
                group by p.partner_agency
                order by p.partner_agency""")
                .setParameter(1, partnerAgency)
                .getResultList();
        return rows.stream().map(r -> new Counts.Agency((String) r[0], n(r[1]), n(r[2]), n(r[3]))).toList();
    }

    private List<Counts.Employer> byEmployer(UUID employerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select e.employer_id, e.name, coalesce(v.open, 0), coalesce(m.n, 0)
                from employer_fact e
                left join (select employer_id, count(*) filter (where status = 'open') open from vacancy_fact
                           group by employer_id) v using (employer_id)
                left join (select employer_id, count(*) n from match_fact group by employer_id) m using (employer_id)
                where cast(?1 as uuid) is null or e.employer_id = cast(?1 as uuid)
                order by e.name, e.employer_id""")
                .setParameter(1, employerId == null ? null : employerId.toString())
                .getResultList();
        return rows.stream().map(r -> new Counts.Employer((UUID) r[0], (String) r[1], n(r[2]), n(r[3]))).toList();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}

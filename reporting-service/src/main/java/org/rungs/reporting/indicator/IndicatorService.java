package org.rungs.reporting.indicator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.rungs.reporting.config.ReportingConfig;

/**
 * Computes the indicators from the read models, all from one snapshot so totals and breakdowns agree, and hides small
 * person-based cells. Skills, matches and consent decisions are joined to participants here, at query time.
 */
@ApplicationScoped
public class IndicatorService {

    private final EntityManager em;
    private final ReportingConfig config;

    public IndicatorService(EntityManager em, ReportingConfig config) {
        this.em = em;
        this.config = config;
    }

    @Transactional
    public IndicatorsResponse indicators(String partnerAgency, UUID employerId, boolean suppress) {
        em.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
        int min = suppress ? config.minCellSize() : 0;
        return new IndicatorsResponse(totals(min), byPartnerAgency(partnerAgency, min), byEmployer(employerId, min),
                config.minCellSize(), suppress, Instant.now());
    }

    private IndicatorsResponse.Totals totals(int min) {
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
                       (select count(distinct participant_id) from match_fact)""")
                .getSingleResult();
        Cells cells = new Cells(min);
        return new IndicatorsResponse.Totals(cells.person(t[0]), cells.person(t[1]), cells.person(t[2]), count(t[3]),
                count(t[4]), count(t[5]), count(t[6]), cells.person(t[7]), cells.person(t[8]), cells.suppressed);
    }

    private List<IndicatorsResponse.AgencyRow> byPartnerAgency(String partnerAgency, int min) {
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
        return rows.stream().map(r -> {
            Cells cells = new Cells(min);
            return new IndicatorsResponse.AgencyRow((String) r[0], cells.person(r[1]), cells.person(r[2]),
                    cells.person(r[3]), cells.suppressed);
        }).toList();
    }

    private List<IndicatorsResponse.EmployerRow> byEmployer(UUID employerId, int min) {
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
        return rows.stream().map(r -> {
            Cells cells = new Cells(min);
            return new IndicatorsResponse.EmployerRow((UUID) r[0], (String) r[1], count(r[2]), cells.person(r[3]),
                    cells.suppressed);
        }).toList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    /** One row's person-based cells: hides counts from 1 to {@code min - 1} and remembers whether it hid any. */
    private static final class Cells {

        private final int min;
        private boolean suppressed;

        Cells(int min) {
            this.min = min;
        }

        Long person(Object value) {
            long n = count(value);
            if (n > 0 && n < min) {
                suppressed = true;
                return null;
            }
            return n;
        }
    }
}

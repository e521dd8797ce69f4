package org.rungs.reporting.indicator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.rungs.reporting.config.ReportingConfig;

/** Computes indicators from the read models and applies small-cell suppression. */
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
        Cells cells = new Cells(suppress ? config.minCellSize() : 0);
        Object[] t = (Object[]) em.createNativeQuery("""
                select (select count(*) from participant_fact),
                       (select count(*) from participant_fact where consenting),
                       (select count(*) from skill_fact),
                       (select count(*) from employer_fact),
                       (select count(*) from vacancy_fact where status = 'open'),
                       (select count(*) from vacancy_fact where status = 'closed'),
                       (select count(*) from program_fact),
                       (select count(*) from match_fact),
                       (select count(distinct participant_id) from match_fact)""").getSingleResult();
        var totals = new IndicatorsResponse.Totals(cells.person(t[0]), cells.person(t[1]), cells.person(t[2]),
                count(t[3]), count(t[4]), count(t[5]), count(t[6]), cells.person(t[7]), cells.person(t[8]));

        List<IndicatorsResponse.AgencyRow> agencies = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> agencyRows = em.createNativeQuery("""
                select p.partner_agency, count(*),
                       coalesce(sum((select count(*) from skill_fact s where s.participant_id = p.participant_id)), 0),
                       coalesce(sum((select count(*) from match_fact m where m.participant_id = p.participant_id)), 0)
                from participant_fact p
                where cast(?1 as text) is null or p.partner_agency = cast(?1 as text)
                group by p.partner_agency order by p.partner_agency""")
                .setParameter(1, partnerAgency).getResultList();
        for (Object[] r : agencyRows) {
            Cells row = cells.row();
            agencies.add(new IndicatorsResponse.AgencyRow((String) r[0], row.person(r[1]), row.person(r[2]),
                    row.person(r[3]), row.suppressed));
        }

        List<IndicatorsResponse.EmployerRow> employers = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> employerRows = em.createNativeQuery("""
                select e.employer_id, e.name,
                       (select count(*) from vacancy_fact v where v.employer_id = e.employer_id and v.status = 'open'),
                       (select count(*) from match_fact m where m.employer_id = e.employer_id)
                from employer_fact e
                where cast(?1 as uuid) is null or e.employer_id = cast(?1 as uuid)
                order by e.name, e.employer_id""")
                .setParameter(1, employerId == null ? null : employerId.toString()).getResultList();
        for (Object[] r : employerRows) {
            Cells row = cells.row();
            employers.add(new IndicatorsResponse.EmployerRow((UUID) r[0], (String) r[1], count(r[2]),
                    row.person(r[3]), row.suppressed));
        }
        return new IndicatorsResponse(totals, agencies, employers, config.minCellSize(), suppress, Instant.now());
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    /** Hides person-based counts from 1 to {@code min - 1}; remembers whether it hid any. */
    private static final class Cells {

        private final int min;
        private boolean suppressed;

        Cells(int min) {
            this.min = min;
        }

        Cells row() {
            return new Cells(min);
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

package org.rungs.reporting.projection.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.employer.EmployerJoined;
import org.rungs.contracts.employer.VacancyClosed;
import org.rungs.contracts.employer.VacancyFilled;
import org.rungs.contracts.employer.VacancyOpened;
import org.rungs.spine.messaging.Handlers;

/**
 * Employers and their vacancies. A vacancy ends closed or filled (never both: employer-service closes only an open
 * vacancy, and fills only an open one). Its closing or filling read before its opening creates the row already ended;
 * the opening fills in the rest and leaves it ended. Should both an end and a fill be read, filled wins, whatever the
 * order.
 */
@Singleton
public class EmployerProjection extends SqlProjection {

    public EmployerProjection(EntityManager em) {
        super(em);
    }

    @Override
    public List<String> tables() {
        return List.of("employer_fact", "vacancy_fact");
    }

    @Override
    public void register(Handlers on) {
        on.on(EmployerEvents.EMPLOYER_JOINED, this::joined)
                .on(EmployerEvents.VACANCY_OPENED, this::opened)
                .on(EmployerEvents.VACANCY_CLOSED, this::closed)
                .on(EmployerEvents.VACANCY_FILLED, this::filled);
    }

    void joined(EmployerJoined e) {
        execute("""
                insert into employer_fact (employer_id, name, naics_code, size_band, joined_at)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (employer_id) do update set name = excluded.name, naics_code = excluded.naics_code,
                    size_band = excluded.size_band, joined_at = excluded.joined_at""",
                e.employerId(), e.name(), e.naicsCode(), e.sizeBand(), e.joinedAt());
    }

    /** A vacancy at a rung of a career ladder also names the ladder, the rung and its tier. */
    void opened(VacancyOpened e) {
        execute("""
                insert into vacancy_fact (vacancy_id, employer_id, occupation_code, status, opened_at, ladder_id,
                    rung_id, tier)
                values (?1, ?2, ?3, 'open', ?4, ?5, ?6, ?7)
                on conflict (vacancy_id) do update set employer_id = excluded.employer_id,
                    occupation_code = excluded.occupation_code, opened_at = excluded.opened_at,
                    ladder_id = excluded.ladder_id, rung_id = excluded.rung_id, tier = excluded.tier""",
                e.vacancyId(), e.employerId(), e.occupationCode(), e.openedAt(), nullable(e.ladderId(), UUID.class),
                nullable(e.rungId(), UUID.class), nullable(e.tier(), Integer.class));
    }

    void closed(VacancyClosed e) {
        execute("""
                insert into vacancy_fact (vacancy_id, employer_id, status, closed_at) values (?1, ?2, 'closed', ?3)
                on conflict (vacancy_id) do update
                set status = case when vacancy_fact.status = 'filled' then 'filled' else 'closed' end,
                    closed_at = excluded.closed_at""",
                e.vacancyId(), e.employerId(), e.closedAt());
    }

    void filled(VacancyFilled e) {
        execute("""
                insert into vacancy_fact (vacancy_id, employer_id, status, filled_at) values (?1, ?2, 'filled', ?3)
                on conflict (vacancy_id) do update set status = excluded.status, filled_at = excluded.filled_at""",
                e.vacancyId(), e.employerId(), e.filledAt());
    }
}

package org.rungs.employer.vacancy.domain;

import java.util.UUID;

import org.rungs.spine.domain.Page;
import org.rungs.spine.domain.Repository;

/** The vacancies employers opened. */
public interface Vacancies extends Repository<Vacancy> {

    /** Vacancies that pass the search's filters, newest first. */
    Page<Vacancy> search(Search search, int page, int size);

    /**
     * Filters of a vacancy search; a null filter is not applied.
     *
     * @param ownedBy
     *            only vacancies of the employer whose id reads this way (employer staff see only their own)
     */
    record Search(VacancyStatus status, UUID employerId, String occupationCode, String ownedBy) {
    }
}

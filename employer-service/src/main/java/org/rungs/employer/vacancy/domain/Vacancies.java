package org.rungs.employer.vacancy.domain;

import java.util.Optional;
import java.util.UUID;

import org.rungs.spine.domain.Page;

/** The vacancies employers opened. */
public interface Vacancies {

    Optional<Vacancy> byId(UUID id);

    /** The vacancy, locked until the transaction ends, for a change. */
    Optional<Vacancy> byIdForChange(UUID id);

    void add(Vacancy vacancy);

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

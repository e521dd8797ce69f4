package org.rungs.matching.vacancy.domain;

import java.time.LocalDate;
import java.util.List;

import org.rungs.spine.domain.Repository;

/** The open vacancies matching knows of. */
public interface Vacancies extends Repository<Vacancy> {

    /** Forgets a vacancy that closed. */
    void remove(Vacancy vacancy);

    /** Every open vacancy, required skills included. */
    List<Vacancy> open();

    /** Open vacancies proposing only incumbents whose internal-first window ended before the day. */
    List<Vacancy> internalFirstPassedBy(LocalDate day);
}

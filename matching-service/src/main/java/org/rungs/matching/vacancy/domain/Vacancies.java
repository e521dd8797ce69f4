package org.rungs.matching.vacancy.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The open vacancies matching knows of. */
public interface Vacancies {

    Optional<Vacancy> byId(UUID id);

    void add(Vacancy vacancy);

    /** Forgets a vacancy that closed. */
    void remove(Vacancy vacancy);

    /** Every open vacancy, required skills included. */
    List<Vacancy> open();
}

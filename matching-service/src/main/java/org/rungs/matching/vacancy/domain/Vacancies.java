package org.rungs.matching.vacancy.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rungs.spine.domain.Repository;

/** The open vacancies matching knows of. */
public interface Vacancies extends Repository<Vacancy> {

    /** Forgets a vacancy that closed. */
    void remove(Vacancy vacancy);

    /**
     * Holds the vacancy's lock until the caller's transaction ends: whoever changes a vacancy's shortlist holds it, so
     * two changes of one shortlist never interleave, and a vacancy being opened is seen only once it is committed.
     */
    void lock(UUID vacancyId);

    /** Holds these vacancies' locks until the caller's transaction ends, taken in one order by every caller. */
    void lock(java.util.Collection<UUID> vacancyIds);

    /** These open vacancies, by id, read to weigh (not to change): their required skills are read when asked for. */
    java.util.Map<UUID, Vacancy> byIds(java.util.Collection<UUID> ids);

    /** The open vacancies at these rungs. */
    List<UUID> openAtRungs(java.util.Collection<UUID> rungIds);

    /** Every open vacancy, required skills included. */
    List<Vacancy> open();

    /** Open vacancies proposing only incumbents whose internal-first window ended before the day. */
    List<Vacancy> internalFirstPassedBy(LocalDate day);
}

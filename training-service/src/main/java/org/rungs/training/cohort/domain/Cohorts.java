package org.rungs.training.cohort.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rungs.spine.domain.Repository;

/** Cohorts of programs. */
public interface Cohorts extends Repository<Cohort> {

    /** A program's cohorts, soonest start first. */
    List<Cohort> ofProgram(UUID programId);

    /** The program's next scheduled cohort starting on or after the day. */
    Optional<Cohort> nextOf(UUID programId, LocalDate from);
}

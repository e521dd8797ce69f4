package org.rungs.training.cohort.application;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.spine.outbox.Outbox;
import org.rungs.training.cohort.domain.Cohort;
import org.rungs.training.cohort.domain.Cohorts;
import org.rungs.training.cohort.domain.UnknownCohort;
import org.rungs.training.enrolment.domain.Enrolment;
import org.rungs.training.enrolment.domain.Enrolments;
import org.rungs.training.program.domain.Program;
import org.rungs.training.program.domain.Programs;
import org.rungs.training.program.domain.UnknownProgram;

/** A provider schedules cohorts of its programs, and cancels one that will not run. */
@ApplicationScoped
public class ScheduleCohorts {

    private final Programs programs;
    private final Cohorts cohorts;
    private final Enrolments enrolments;
    private final Outbox outbox;
    private final Clock clock;

    public ScheduleCohorts(Programs programs, Cohorts cohorts, Enrolments enrolments, Outbox outbox, Clock clock) {
        this.programs = programs;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Schedules a cohort of the program ({@code cohort.scheduled.v1}). */
    @Transactional
    public Cohort schedule(UUID programId, Cohort.Plan plan) {
        Program program = programs.byId(programId).orElseThrow(() -> new UnknownProgram(programId));
        Cohort cohort = Cohort.schedule(program.id(), program.providerId(), plan, clock);
        cohorts.add(cohort);
        outbox.publish(cohort);
        return cohort;
    }

    /** The cohort will not run ({@code cohort.cancelled.v1}); each participant still enrolled is withdrawn. */
    @Transactional
    public Cohort cancel(UUID cohortId, String reason) {
        Cohort cohort = cohorts.byIdForChange(cohortId).orElseThrow(() -> new UnknownCohort(cohortId));
        cohort.cancel(reason, clock);
        outbox.publish(cohort);
        for (Enrolment e : enrolments.activeOfCohortForChange(cohortId)) {
            e.withdraw("Cohort cancelled: " + reason.strip(), null, clock);
            outbox.publish(e);
        }
        return cohort;
    }
}

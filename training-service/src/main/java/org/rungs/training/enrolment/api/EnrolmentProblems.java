package org.rungs.training.enrolment.api;

import jakarta.inject.Singleton;

import org.rungs.spine.problem.DomainProblems;
import org.rungs.spine.problem.ProblemCatalog;
import org.rungs.training.enrolment.domain.AlreadyInCohort;
import org.rungs.training.enrolment.domain.CohortFull;
import org.rungs.training.enrolment.domain.DatedBeforeEnrolment;
import org.rungs.training.enrolment.domain.EnrolmentNotActive;
import org.rungs.training.enrolment.domain.EnrolmentRefused;
import org.rungs.training.enrolment.domain.EntranceNotMet;

/** How the enrolment feature's domain errors are answered (docs/errors.md). */
@Singleton
public class EnrolmentProblems implements DomainProblems {

    @Override
    public void register(ProblemCatalog problems) {
        problems.mapFields(EnrolmentRefused.class, 422, "enrolment-refused", "Enrolment refused")
                .map(CohortFull.class, 409, "cohort-full", "Cohort full")
                .map(EntranceNotMet.class, 409, "entrance-requirements-not-met", "Entrance requirements not met")
                .map(AlreadyInCohort.class, 409, "already-in-cohort", "Already in the cohort")
                .map(EnrolmentNotActive.class, 409, "enrolment-not-active", "Enrolment not active")
                .map(DatedBeforeEnrolment.class, 409, "dated-before-enrolment", "Dated before the enrolment");
    }
}

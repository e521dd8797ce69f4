package org.rungs.training.cohort.api;

import jakarta.inject.Singleton;

import org.rungs.spine.problem.DomainProblems;
import org.rungs.spine.problem.ProblemCatalog;
import org.rungs.training.cohort.domain.CohortCancelledAlready;
import org.rungs.training.cohort.domain.CohortRefused;

/** How the cohort feature's domain errors are answered (docs/errors.md). */
@Singleton
public class CohortProblems implements DomainProblems {

    @Override
    public void register(ProblemCatalog problems) {
        problems.mapFields(CohortRefused.class, 422, "cohort-refused", "Cohort refused")
                .map(CohortCancelledAlready.class, 409, "cohort-cancelled", "Cohort cancelled");
    }
}

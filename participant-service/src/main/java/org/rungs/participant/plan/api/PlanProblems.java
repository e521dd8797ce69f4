package org.rungs.participant.plan.api;

import jakarta.inject.Singleton;

import org.rungs.participant.plan.domain.PlanClosed;
import org.rungs.participant.plan.domain.PlanExists;
import org.rungs.participant.plan.domain.PlanRefused;
import org.rungs.spine.problem.DomainProblems;
import org.rungs.spine.problem.ProblemCatalog;

/** How the career plan feature's domain errors are answered (docs/errors.md). */
@Singleton
public class PlanProblems implements DomainProblems {

    @Override
    public void register(ProblemCatalog problems) {
        problems.mapFields(PlanRefused.class, 422, "plan-refused", "Plan refused")
                .map(PlanExists.class, 409, "plan-exists", "Active plan exists")
                .map(PlanClosed.class, 409, "plan-closed", "Plan closed");
    }
}

package org.rungs.employer.employer.api;

import jakarta.inject.Singleton;

import org.rungs.employer.employer.domain.EmployerAlreadyExists;
import org.rungs.spine.problem.DomainProblems;
import org.rungs.spine.problem.ProblemCatalog;

/** How the employer feature's domain errors are answered (docs/errors.md). */
@Singleton
public class EmployerProblems implements DomainProblems {

    @Override
    public void register(ProblemCatalog problems) {
        problems.map(EmployerAlreadyExists.class, 409, "employer-already-exists", "Employer already exists");
    }
}

package org.rungs.employer.agreement.api;

import jakarta.inject.Singleton;

import org.rungs.employer.agreement.domain.AgreementEndedAlready;
import org.rungs.employer.agreement.domain.AgreementRefused;
import org.rungs.spine.problem.DomainProblems;
import org.rungs.spine.problem.ProblemCatalog;

/** How the agreement feature's domain errors are answered (docs/errors.md). */
@Singleton
public class AgreementProblems implements DomainProblems {

    @Override
    public void register(ProblemCatalog problems) {
        problems.mapFields(AgreementRefused.class, 422, "agreement-refused", "Agreement refused")
                .map(AgreementEndedAlready.class, 409, "agreement-ended", "Agreement already ended");
    }
}

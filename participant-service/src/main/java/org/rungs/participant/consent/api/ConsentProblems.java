package org.rungs.participant.consent.api;

import jakarta.inject.Singleton;

import org.rungs.participant.consent.domain.ConsentRefused;
import org.rungs.spine.problem.DomainProblems;
import org.rungs.spine.problem.ProblemCatalog;

/** How the consent feature's domain errors are answered (docs/errors.md). */
@Singleton
public class ConsentProblems implements DomainProblems {

    @Override
    public void register(ProblemCatalog problems) {
        problems.mapFields(ConsentRefused.class, 422, "consent-refused", "Consent refused");
    }
}

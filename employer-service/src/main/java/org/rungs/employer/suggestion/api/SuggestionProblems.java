package org.rungs.employer.suggestion.api;

import jakarta.inject.Singleton;

import org.rungs.employer.suggestion.domain.UnknownOccupation;
import org.rungs.spine.problem.DomainProblems;
import org.rungs.spine.problem.ProblemCatalog;

/** How the ladder-suggestion feature's domain errors are answered (docs/errors.md). */
@Singleton
public class SuggestionProblems implements DomainProblems {

    @Override
    public void register(ProblemCatalog problems) {
        problems.map(UnknownOccupation.class, 404, "unknown-occupation", "Unknown occupation");
    }
}

package org.rungs.training.provider.api;

import jakarta.inject.Singleton;

import org.rungs.spine.problem.DomainProblems;
import org.rungs.spine.problem.ProblemCatalog;
import org.rungs.training.provider.domain.ProviderAlreadyExists;

/** How the provider feature's domain errors are answered (docs/errors.md). */
@Singleton
public class ProviderProblems implements DomainProblems {

    @Override
    public void register(ProblemCatalog problems) {
        problems.map(ProviderAlreadyExists.class, 409, "provider-already-exists", "Provider already exists");
    }
}

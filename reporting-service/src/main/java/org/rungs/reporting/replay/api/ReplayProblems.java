package org.rungs.reporting.replay.api;

import jakarta.inject.Singleton;

import org.rungs.reporting.replay.domain.ReplayAlreadyRunning;
import org.rungs.spine.problem.DomainProblems;
import org.rungs.spine.problem.ProblemCatalog;

/** How the replay feature's domain errors are answered (docs/errors.md). */
@Singleton
public class ReplayProblems implements DomainProblems {

    @Override
    public void register(ProblemCatalog problems) {
        problems.map(ReplayAlreadyRunning.class, 409, "replay-running", "A replay is running");
    }
}

package org.rungs.employer.ladder.api;

import jakarta.inject.Singleton;

import org.rungs.employer.ladder.domain.LadderIncomplete;
import org.rungs.employer.ladder.domain.LadderNotPublished;
import org.rungs.employer.ladder.domain.LadderRetiredAlready;
import org.rungs.employer.ladder.domain.RungPublished;
import org.rungs.employer.ladder.domain.RungRefused;
import org.rungs.employer.ladder.domain.TransitionRefused;
import org.rungs.spine.problem.DomainProblems;
import org.rungs.spine.problem.ProblemCatalog;

/** How the ladder feature's domain errors are answered (docs/errors.md). */
@Singleton
public class LadderProblems implements DomainProblems {

    @Override
    public void register(ProblemCatalog problems) {
        problems.mapFields(RungRefused.class, 422, "rung-refused", "Rung refused")
                .mapFields(TransitionRefused.class, 422, "transition-refused", "Transition refused")
                .mapFields(LadderIncomplete.class, 409, "ladder-incomplete", "Ladder incomplete")
                .map(LadderNotPublished.class, 409, "ladder-not-published", "Ladder not published")
                .map(LadderRetiredAlready.class, 409, "ladder-retired", "Ladder retired")
                .map(RungPublished.class, 409, "rung-published", "Rung published");
    }
}

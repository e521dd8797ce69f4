package org.rungs.participant.support.api;

import jakarta.inject.Singleton;

import org.rungs.participant.support.domain.SupportMoveNotAllowed;
import org.rungs.participant.support.domain.SupportRefused;
import org.rungs.spine.problem.DomainProblems;
import org.rungs.spine.problem.ProblemCatalog;

/** How the support feature's domain errors are answered (docs/errors.md). */
@Singleton
public class SupportProblems implements DomainProblems {

    @Override
    public void register(ProblemCatalog problems) {
        problems.mapFields(SupportRefused.class, 422, "support-refused", "Support refused")
                .map(SupportMoveNotAllowed.class, 409, "support-move-not-allowed", "Support move not allowed");
    }
}

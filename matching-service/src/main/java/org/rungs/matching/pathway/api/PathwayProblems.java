package org.rungs.matching.pathway.api;

import jakarta.inject.Singleton;

import org.rungs.matching.pathway.domain.NoRoute;
import org.rungs.matching.pathway.domain.PathwayRefused;
import org.rungs.matching.pathway.domain.SkillsNotShared;
import org.rungs.spine.problem.DomainProblems;
import org.rungs.spine.problem.ProblemCatalog;

@Singleton
public class PathwayProblems implements DomainProblems {

    @Override
    public void register(ProblemCatalog problems) {
        problems.mapFields(PathwayRefused.class, 422, "pathway-refused", "Refused")
                .map(SkillsNotShared.class, 409, "skills-not-shared", "Skills not shared")
                .map(NoRoute.class, 409, "no-route", "No route");
    }
}

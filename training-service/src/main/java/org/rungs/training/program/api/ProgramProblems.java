package org.rungs.training.program.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import org.rungs.spine.problem.DomainProblems;
import org.rungs.spine.problem.ProblemCatalog;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.problem.ProblemTypes;
import org.rungs.spine.problem.Violation;
import org.rungs.training.program.domain.ProgramListsRepeat;
import org.rungs.training.program.domain.ProgramRefused;

/** How the program feature's domain errors are answered (docs/errors.md). */
@Singleton
public class ProgramProblems implements DomainProblems {

    @Override
    public void register(ProblemCatalog problems) {
        problems.map(ProgramListsRepeat.class, ProblemTypes.VALIDATION, e -> {
            List<Violation> violations = new ArrayList<>();
            e.occupations().forEach(i -> violations.add(new Violation("occupationCodes[" + i + "]",
                    "is listed more than once")));
            e.skills().forEach(i -> violations.add(new Violation("skillsTaught[" + i + "].elementId",
                    "is listed more than once")));
            return ProblemException.invalid(violations);
        }).mapFields(ProgramRefused.class, 422, "program-refused", "Program refused");
    }
}

package org.rungs.employer.vacancy.api;

import jakarta.inject.Singleton;

import org.rungs.employer.vacancy.domain.SkillRequiredTwice;
import org.rungs.employer.vacancy.domain.VacancyAlreadyClosed;
import org.rungs.employer.vacancy.domain.VacancyNotOpen;
import org.rungs.employer.vacancy.domain.VacancyRefused;
import org.rungs.spine.problem.DomainProblems;
import org.rungs.spine.problem.ProblemCatalog;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.problem.ProblemTypes;
import org.rungs.spine.problem.Violation;

/** How the vacancy feature's domain errors are answered (docs/errors.md). */
@Singleton
public class VacancyProblems implements DomainProblems {

    @Override
    public void register(ProblemCatalog problems) {
        problems.map(VacancyAlreadyClosed.class, 409, "vacancy-already-closed", "Vacancy already closed")
                .map(VacancyNotOpen.class, 409, "vacancy-not-open", "Vacancy not open")
                .mapFields(VacancyRefused.class, 422, "vacancy-refused", "Vacancy refused");
        problems.map(SkillRequiredTwice.class, ProblemTypes.VALIDATION,
                e -> ProblemException.invalid(e.positions().stream()
                        .map(i -> new Violation("requiredSkills[" + i + "].elementId", "is listed more than once"))
                        .toList()));
    }
}

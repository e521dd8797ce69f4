package org.rungs.employer.employment.api;

import jakarta.inject.Singleton;

import org.rungs.employer.employment.domain.AlreadyEmployed;
import org.rungs.employer.employment.domain.BelowWageFloor;
import org.rungs.employer.employment.domain.CheckInBeforeHire;
import org.rungs.employer.employment.domain.CheckInNotDue;
import org.rungs.employer.employment.domain.CheckInRecordedAlready;
import org.rungs.employer.employment.domain.DatedBeforeHire;
import org.rungs.employer.employment.domain.EmploymentEnded;
import org.rungs.employer.employment.domain.EmploymentRefused;
import org.rungs.employer.employment.domain.PromotionNotUpward;
import org.rungs.spine.problem.DomainProblems;
import org.rungs.spine.problem.ProblemCatalog;

/** How the employment feature's domain errors are answered (docs/errors.md). */
@Singleton
public class EmploymentProblems implements DomainProblems {

    @Override
    public void register(ProblemCatalog problems) {
        problems.mapFields(EmploymentRefused.class, 422, "employment-refused", "Refused")
                .mapFields(BelowWageFloor.class, 422, "below-wage-floor", "Below the agreement's wage floor")
                .map(AlreadyEmployed.class, 409, "already-employed", "Already employed")
                .map(PromotionNotUpward.class, 409, "promotion-not-upward", "Promotion not upward")
                .map(DatedBeforeHire.class, 409, "dated-before-hire", "Dated before the hire")
                .map(CheckInBeforeHire.class, 409, "check-in-before-hire", "Check-in before the hire")
                .map(CheckInNotDue.class, 409, "check-in-not-due", "Check-in not due")
                .map(CheckInRecordedAlready.class, 409, "check-in-recorded", "Check-in already recorded")
                .map(EmploymentEnded.class, 409, "employment-ended", "Employment ended");
    }
}

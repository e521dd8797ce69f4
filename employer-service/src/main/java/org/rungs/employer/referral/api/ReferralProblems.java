package org.rungs.employer.referral.api;

import jakarta.inject.Singleton;

import org.rungs.employer.referral.domain.AlreadyReferred;
import org.rungs.employer.referral.domain.InternalFirst;
import org.rungs.employer.referral.domain.InterviewCommitted;
import org.rungs.employer.referral.domain.NotConsenting;
import org.rungs.employer.referral.domain.ReferralRefused;
import org.rungs.employer.referral.domain.StageNotAllowed;
import org.rungs.spine.problem.DomainProblems;
import org.rungs.spine.problem.ProblemCatalog;

/** How the referral feature's domain errors are answered (docs/errors.md). */
@Singleton
public class ReferralProblems implements DomainProblems {

    @Override
    public void register(ProblemCatalog problems) {
        problems.mapFields(ReferralRefused.class, 422, "referral-refused", "Referral refused")
                .map(NotConsenting.class, 409, "not-consenting", "Participant does not consent")
                .map(InternalFirst.class, 409, "internal-first", "Open to incumbent workers only")
                .map(AlreadyReferred.class, 409, "already-referred", "Already referred")
                .map(StageNotAllowed.class, 409, "referral-stage-not-allowed", "Stage not allowed")
                .map(InterviewCommitted.class, 409, "interview-committed", "Interview committed");
    }
}

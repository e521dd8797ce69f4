package org.rungs.employer.referral.api;

import jakarta.enterprise.context.RequestScoped;

import org.rungs.employer.candidate.domain.Candidates;
import org.rungs.employer.referral.domain.Referral;
import org.rungs.employer.vacancy.domain.Vacancies;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** A referral as the caller may see it: navigators and network admins identified, employer staff de-identified. */
@RequestScoped
public class ReferralViews {

    private final Candidates candidates;
    private final Vacancies vacancies;
    private final Caller caller;

    public ReferralViews(Candidates candidates, Vacancies vacancies, Caller caller) {
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.caller = caller;
    }

    ReferralResponse of(Referral r) {
        boolean identified = caller.isNetworkAdmin() || caller.hasRole(Roles.NAVIGATOR);
        return ReferralResponse.of(r, candidates.byId(r.participantId()).orElse(null),
                vacancies.byId(r.vacancyId()).orElse(null), identified);
    }
}

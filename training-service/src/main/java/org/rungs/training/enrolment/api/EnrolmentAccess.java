package org.rungs.training.enrolment.api;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;
import org.rungs.training.enrolment.domain.Enrolment;
import org.rungs.training.enrolment.domain.Enrolments;
import org.rungs.training.enrolment.domain.UnknownEnrolment;

/**
 * Who may see and change an enrolment: network admins any, a navigator their agency's participants', provider staff
 * their own cohorts'. Any other is answered as not found.
 */
@RequestScoped
public class EnrolmentAccess {

    private final Enrolments enrolments;
    private final Caller caller;

    public EnrolmentAccess(Enrolments enrolments, Caller caller) {
        this.enrolments = enrolments;
        this.caller = caller;
    }

    public Enrolment visible(UUID id) {
        return enrolments.byId(id).filter(this::mayAccess).orElseThrow(() -> new UnknownEnrolment(id));
    }

    /** As {@link #visible}, for provider staff and network admins only (completions, skill gains). */
    public Enrolment ofOwnProvider(UUID id) {
        Enrolment e = visible(id);
        if (!caller.isNetworkAdmin() && !caller.hasRole(Roles.PROVIDER)) {
            throw new UnknownEnrolment(id);
        }
        return e;
    }

    public boolean mayAccess(Enrolment e) {
        if (caller.isNetworkAdmin()) {
            return true;
        }
        String organisation = caller.organisation().orElse("");
        return caller.hasRole(Roles.NAVIGATOR) && e.partnerAgency().equals(organisation)
                || caller.hasRole(Roles.PROVIDER) && e.providerId().toString().equals(organisation);
    }
}

package org.rungs.participant.plan.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.participant.audit.application.AuditPiiReads;
import org.rungs.participant.plan.domain.CareerPlans;
import org.rungs.spine.domain.RecordedDay;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.rest.Patterns;
import org.rungs.spine.rest.QueryValues;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** The navigator's list of career plans whose twice-yearly review is overdue. */
@Path("/plans/reviews-due")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Career plans")
@SecurityRequirement(name = "SecurityScheme")
public class ReviewsDueResource {

    static final int LIMIT = 500;

    /** An active plan whose review is overdue. */
    public record ReviewDueResponse(UUID planId, UUID participantId, String partnerAgency, String givenName,
            String familyName, LocalDate lastReviewedOn, LocalDate nextReviewDue, long daysOverdue) {
    }

    private final CareerPlans plans;
    private final Caller caller;
    private final Clock clock;
    private final AuditPiiReads audit;

    public ReviewsDueResource(CareerPlans plans, Caller caller, Clock clock, AuditPiiReads audit) {
        this.audit = audit;
        this.plans = plans;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Active plans whose review is overdue, longest overdue first", description = "A plan is "
            + "reviewed at least twice a year: its review is overdue once six months pass since the last review (or "
            + "since it started). Navigators see their own agency's participants; a network admin all, or one "
            + "agency's. At most 500.")
    public List<ReviewDueResponse> overdue(
            @QueryParam("asOf") String asOf,
            @QueryParam("partnerAgency") @Size(max = 100) @Pattern(regexp = Patterns.PARTNER_AGENCY, message = Patterns.PARTNER_AGENCY_MESSAGE) String partnerAgency) {
        String agency;
        if (caller.isNetworkAdmin()) {
            agency = partnerAgency;
        } else {
            agency = caller.requireOrganisation();
            if (partnerAgency != null && !partnerAgency.equals(agency)) {
                throw ProblemException.invalid("partnerAgency", "must be your own agency (" + agency + ")");
            }
        }
        LocalDate given = QueryValues.date("asOf", asOf);
        LocalDate day = given == null ? RecordedDay.today(clock) : given;
        List<CareerPlans.ReviewDue> due = plans.reviewsDueBefore(day, agency, LIMIT);
        audit.read(caller.actor(), caller.organisation().orElse(null),
                due.stream().map(CareerPlans.ReviewDue::participantId).toList(), "participant",
                List.of("givenName", "familyName"));
        return due.stream()
                .map(r -> new ReviewDueResponse(r.planId(), r.participantId(), r.partnerAgency(), r.givenName(),
                        r.familyName(), r.lastReviewedOn(), r.nextReviewDue(),
                        ChronoUnit.DAYS.between(r.nextReviewDue(), day)))
                .toList();
    }
}

package org.rungs.training.enrolment.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;
import org.rungs.training.cohort.domain.Cohort;
import org.rungs.training.cohort.domain.Cohorts;
import org.rungs.training.cohort.domain.UnknownCohort;
import org.rungs.training.enrolment.application.KeepEnrolments;
import org.rungs.training.enrolment.domain.Enrolment;
import org.rungs.training.enrolment.domain.Enrolments;
import org.rungs.training.learner.domain.Learners;
import org.rungs.training.learner.domain.UnknownLearner;

/** Enrolling participants in a cohort, and its enrolment list. */
@Path("/cohorts/{cohortId}/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrolments")
@SecurityRequirement(name = "SecurityScheme")
public class CohortEnrolmentResource {

    private final KeepEnrolments keepEnrolments;
    private final Enrolments enrolments;
    private final Cohorts cohorts;
    private final Learners learners;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    public CohortEnrolmentResource(KeepEnrolments keepEnrolments, Enrolments enrolments, Cohorts cohorts,
            Learners learners, Caller caller, IdempotencyKeys idempotency) {
        this.keepEnrolments = keepEnrolments;
        this.enrolments = enrolments;
        this.cohorts = cohorts;
        this.learners = learners;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Enrol a participant in the cohort", description = "A navigator enrols their own agency's "
            + "participants. Seats are enforced, the program's entrance requirements checked against the "
            + "participant's skills and credentials; a clash with their work shift is reported in scheduleClash. "
            + "Publishes enrolment.changed.v1.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response enrol(@PathParam("cohortId") UUID cohortId, @NotNull @Valid EnrolmentRequests.Enrol request) {
        if (!cohorts.exists(cohortId)) {
            throw new UnknownCohort(cohortId);
        }
        learners.byId(request.participantId()).filter(l -> caller.mayAccess(l.partnerAgency()))
                .orElseThrow(() -> new UnknownLearner(request.participantId()));
        return idempotency.once(request, () -> {
            Enrolment e = keepEnrolments.enrol(cohortId, request.participantId(), request.enrolledOn(),
                    caller.name());
            return Response.created(URI.create("/enrolments/" + e.id())).entity(EnrolmentResponse.of(e, null))
                    .build();
        });
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.PROVIDER})
    @Operation(summary = "The cohort's enrolments", description = "Provider staff see their own cohorts' enrolees; "
            + "a navigator only their agency's participants.")
    public List<EnrolmentResponse> list(@PathParam("cohortId") UUID cohortId) {
        Cohort cohort = cohorts.byId(cohortId).orElseThrow(() -> new UnknownCohort(cohortId));
        String agency = null;
        if (!caller.isNetworkAdmin()) {
            if (caller.hasRole(Roles.PROVIDER)) {
                if (!caller.mayAccess(cohort.providerId().toString())) {
                    throw new UnknownCohort(cohortId);
                }
            } else {
                agency = caller.requireOrganisation();
            }
        }
        return enrolments.ofCohort(cohortId, agency).stream().map(e -> EnrolmentResponse.of(e, null)).toList();
    }
}

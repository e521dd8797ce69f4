package org.rungs.training.cohort.api;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;
import org.rungs.training.cohort.application.ScheduleCohorts;
import org.rungs.training.cohort.domain.Cohort;
import org.rungs.training.cohort.domain.Cohorts;
import org.rungs.training.cohort.domain.UnknownCohort;
import org.rungs.training.enrolment.domain.Enrolments;
import org.rungs.training.program.domain.Programs;

/** Cohorts of programs: providers schedule and cancel their own; everyone in the network reads them. */
@Path("/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts")
@SecurityRequirement(name = "SecurityScheme")
public class CohortResource {

    private final ScheduleCohorts scheduleCohorts;
    private final Cohorts cohorts;
    private final Programs programs;
    private final Enrolments enrolments;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    public CohortResource(ScheduleCohorts scheduleCohorts, Cohorts cohorts, Programs programs, Enrolments enrolments,
            Caller caller, IdempotencyKeys idempotency) {
        this.scheduleCohorts = scheduleCohorts;
        this.cohorts = cohorts;
        this.programs = programs;
        this.enrolments = enrolments;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.PROVIDER, Roles.ANALYST, Roles.EMPLOYER})
    @Operation(summary = "One cohort")
    public CohortResponse get(@PathParam("id") UUID id) {
        Cohort c = cohorts.byId(id).orElseThrow(() -> new UnknownCohort(id));
        return CohortResponse.of(c, enrolments.seatsTaken(c.id()));
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.PROVIDER})
    @Operation(summary = "Cancel a cohort", description = "Publishes cohort.cancelled.v1; each participant still "
            + "enrolled is withdrawn (enrolment.changed.v1).")
    public CohortResponse cancel(@PathParam("id") UUID id, @NotNull @Valid CohortRequests.CancelCohort request) {
        cohorts.byId(id).filter(c -> caller.mayAccess(c.providerId().toString()))
                .orElseThrow(() -> new UnknownCohort(id));
        Cohort c = scheduleCohorts.cancel(id, request.reason());
        return CohortResponse.of(c, enrolments.seatsTaken(c.id()));
    }
}

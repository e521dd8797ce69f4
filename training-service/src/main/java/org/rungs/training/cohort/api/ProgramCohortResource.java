package org.rungs.training.cohort.api;

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
import org.rungs.training.cohort.application.ScheduleCohorts;
import org.rungs.training.cohort.domain.Cohort;
import org.rungs.training.cohort.domain.Cohorts;
import org.rungs.training.enrolment.domain.Enrolments;
import org.rungs.training.program.domain.Program;
import org.rungs.training.program.domain.Programs;
import org.rungs.training.program.domain.UnknownProgram;

/** A program's cohorts: its provider schedules them; everyone in the network reads them. */
@Path("/programs/{programId}/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts")
@SecurityRequirement(name = "SecurityScheme")
public class ProgramCohortResource {

    private final ScheduleCohorts scheduleCohorts;
    private final Cohorts cohorts;
    private final Programs programs;
    private final Enrolments enrolments;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    public ProgramCohortResource(ScheduleCohorts scheduleCohorts, Cohorts cohorts, Programs programs,
            Enrolments enrolments,
            Caller caller, IdempotencyKeys idempotency) {
        this.scheduleCohorts = scheduleCohorts;
        this.cohorts = cohorts;
        this.programs = programs;
        this.enrolments = enrolments;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.PROVIDER})
    @Operation(summary = "Schedule a cohort of a program", description = "Provider staff schedule their own "
            + "provider's programs only. Publishes cohort.scheduled.v1.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response schedule(@PathParam("programId") UUID programId,
            @NotNull @Valid CohortRequests.ScheduleCohort request) {
        Program program = programs.byId(programId).filter(p -> caller.mayAccess(p.providerId().toString()))
                .orElseThrow(() -> new UnknownProgram(programId));
        return idempotency.once(request, () -> {
            Cohort c = scheduleCohorts.schedule(program.id(), request.plan());
            return Response.created(URI.create("/cohorts/" + c.id())).entity(CohortResponse.of(c, 0)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.PROVIDER, Roles.ANALYST, Roles.EMPLOYER})
    @Operation(summary = "A program's cohorts, soonest first, with their free seats")
    public List<CohortResponse> ofProgram(@PathParam("programId") UUID programId) {
        if (!programs.exists(programId)) {
            throw new UnknownProgram(programId);
        }
        return cohorts.ofProgram(programId).stream()
                .map(c -> CohortResponse.of(c, enrolments.seatsTaken(c.id()))).toList();
    }

}

package org.rungs.employer.employment.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.rungs.employer.employer.domain.UnknownEmployer;
import org.rungs.employer.employment.application.RecordHire;
import org.rungs.employer.employment.domain.Employment;
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** Hires recorded by an employer. */
@Path("/employers/{employerId}/hires")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Employment")
@SecurityRequirement(name = "SecurityScheme")
public class EmployerHireResource {

    private final RecordHire recordHire;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    public EmployerHireResource(RecordHire recordHire, Caller caller, IdempotencyKeys idempotency) {
        this.recordHire = recordHire;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.EMPLOYER})
    @Operation(summary = "Record a hire", description = "Publishes hire.recorded.v1 and schedules the retention "
            + "check-ins (the agreement's, or 30, 90 and 180 days). A hire into a vacancy takes one of its openings "
            + "(a closed or filled vacancy is a 409, urn:rungs:problem:vacancy-not-open); a wage below the wage floor "
            + "of an agreement in force is a 422 (urn:rungs:problem:below-wage-floor) naming the floor.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response hire(@PathParam("employerId") UUID employerId, @NotNull @Valid EmploymentRequests.Hire request) {
        if (!caller.mayAccess(employerId.toString())) {
            throw new UnknownEmployer(employerId);
        }
        return idempotency.once(request, () -> {
            Employment e = recordHire.hire(request.command(employerId, caller.actor()));
            return Response.created(URI.create("/employments/" + e.id())).entity(EmploymentResponse.of(e)).build();
        });
    }
}

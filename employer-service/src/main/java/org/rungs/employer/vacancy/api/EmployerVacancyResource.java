package org.rungs.employer.vacancy.api;

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
import org.rungs.employer.vacancy.application.OpenVacancy;
import org.rungs.employer.vacancy.domain.Vacancy;
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** Opening vacancies under an employer. */
@Path("/employers/{employerId}/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vacancies")
@SecurityRequirement(name = "SecurityScheme")
public class EmployerVacancyResource {

    private final OpenVacancy openVacancy;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    public EmployerVacancyResource(OpenVacancy openVacancy, Caller caller, IdempotencyKeys idempotency) {
        this.openVacancy = openVacancy;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.EMPLOYER})
    @Operation(summary = "Open a vacancy", description = "Publishes vacancy.opened.v1; matching-service then proposes "
            + "candidates.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response open(@PathParam("employerId") UUID employerId, @NotNull @Valid OpenVacancyRequest request) {
        if (!caller.mayAccess(employerId.toString())) {
            throw new UnknownEmployer(employerId);
        }
        return idempotency.once(request, () -> {
            Vacancy v = openVacancy.open(request.command(employerId));
            return Response.created(URI.create("/vacancies/" + v.id())).entity(VacancyResponse.of(v)).build();
        });
    }
}

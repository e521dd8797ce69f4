package org.rungs.employer.employer.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.rungs.employer.employer.application.JoinEmployer;
import org.rungs.employer.employer.domain.Employer;
import org.rungs.employer.employer.domain.Employers;
import org.rungs.employer.employer.domain.UnknownEmployer;
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.rest.PageRequest;
import org.rungs.spine.rest.PageResponse;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

@Path("/employers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Employers")
@SecurityRequirement(name = "SecurityScheme")
public class EmployerResource {

    private final JoinEmployer joinEmployer;
    private final Employers employers;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    public EmployerResource(JoinEmployer joinEmployer, Employers employers, Caller caller,
            IdempotencyKeys idempotency) {
        this.joinEmployer = joinEmployer;
        this.employers = employers;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Bring an employer into the network", description = "Publishes employer.joined.v1.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response create(@NotNull @Valid CreateEmployerRequest request) {
        return idempotency.once(request, () -> {
            Employer e = joinEmployer.join(request.command());
            return Response.created(URI.create("/employers/" + e.id())).entity(EmployerResponse.of(e)).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "One employer; employer staff see only their own")
    public EmployerResponse get(@PathParam("id") UUID id) {
        boolean visible = caller.hasRole(Roles.NAVIGATOR) || caller.mayAccess(id.toString());
        return employers.byId(id).filter(e -> visible).map(EmployerResponse::of)
                .orElseThrow(() -> new UnknownEmployer(id));
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Employers in the network, by name")
    public PageResponse<EmployerResponse> list(@Valid @BeanParam PageRequest page) {
        return PageResponse.of(employers.byName(page.page(), page.size()), EmployerResponse::of);
    }
}

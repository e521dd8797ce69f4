package org.rungs.training.program;

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
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;
import org.rungs.training.provider.ProviderRepository;

/** Publishing programs under a training provider. */
@Path("/providers/{providerId}/programs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programs")
@SecurityRequirement(name = "SecurityScheme")
public class ProviderProgramResource {

    private final IdempotencyKeys idempotency;
    private final ProgramService service;
    private final ProviderRepository providers;
    private final Caller caller;

    public ProviderProgramResource(ProgramService service, ProviderRepository providers, Caller caller,
            IdempotencyKeys idempotency) {
        this.service = service;
        this.providers = providers;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.PROVIDER})
    @Operation(summary = "Publish a program to the training asset map", description = "Publishes "
            + "program.published.v1. Provider staff publish only under their own provider.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response publish(@PathParam("providerId") UUID providerId, @NotNull @Valid PublishProgramRequest request) {
        if (!caller.mayAccess(providerId.toString())) {
            throw ProblemException.notFound("Provider", providerId);
        }
        return idempotency.once(request, () -> {
            Program p = service.publish(providerId, request);
            return Response.created(URI.create("/programs/" + p.id))
                    .entity(ProgramResponse.of(p, providers.findById(providerId).name))
                    .build();
        });
    }
}

package org.rungs.training.program.api;

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
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;
import org.rungs.training.program.application.PublishProgram;
import org.rungs.training.program.domain.Program;
import org.rungs.training.provider.domain.Providers;
import org.rungs.training.provider.domain.UnknownProvider;

/** Publishing programs under a training provider. */
@Path("/providers/{providerId}/programs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programs")
@SecurityRequirement(name = "SecurityScheme")
public class ProviderProgramResource {

    private final PublishProgram publishProgram;
    private final Providers providers;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    public ProviderProgramResource(PublishProgram publishProgram, Providers providers, Caller caller,
            IdempotencyKeys idempotency) {
        this.publishProgram = publishProgram;
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
            throw new UnknownProvider(providerId);
        }
        return idempotency.once(request, () -> {
            Program p = publishProgram.publish(providerId, request.offer());
            String providerName = providers.byId(providerId).orElseThrow(() -> new UnknownProvider(providerId))
                    .name();
            return Response.created(URI.create("/programs/" + p.id())).entity(ProgramResponse.of(p, providerName))
                    .build();
        });
    }
}

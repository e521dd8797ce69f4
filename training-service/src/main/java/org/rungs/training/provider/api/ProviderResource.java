package org.rungs.training.provider.api;

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
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.rest.PageRequest;
import org.rungs.spine.rest.PageResponse;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;
import org.rungs.training.provider.application.RegisterProvider;
import org.rungs.training.provider.domain.Provider;
import org.rungs.training.provider.domain.Providers;
import org.rungs.training.provider.domain.UnknownProvider;

@Path("/providers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Providers")
@SecurityRequirement(name = "SecurityScheme")
public class ProviderResource {

    private final RegisterProvider registerProvider;
    private final Providers providers;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    public ProviderResource(RegisterProvider registerProvider, Providers providers, Caller caller,
            IdempotencyKeys idempotency) {
        this.registerProvider = registerProvider;
        this.providers = providers;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Register a training provider", description = "Providers stay inside the training service; "
            + "no event is published.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response register(@NotNull @Valid RegisterProviderRequest request) {
        return idempotency.once(request, () -> {
            Provider p = registerProvider.register(request.command());
            return Response.created(URI.create("/providers/" + p.id())).entity(ProviderResponse.of(p)).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.PROVIDER, Roles.ANALYST})
    @Operation(summary = "One training provider; provider staff see only their own")
    public ProviderResponse get(@PathParam("id") UUID id) {
        return providers.byId(id).filter(p -> seesAll() || caller.mayAccess(id.toString()))
                .map(ProviderResponse::of).orElseThrow(() -> new UnknownProvider(id));
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.PROVIDER, Roles.ANALYST})
    @Operation(summary = "Training providers, by name; provider staff see only their own")
    public PageResponse<ProviderResponse> list(@Valid @BeanParam PageRequest page) {
        String only = seesAll() ? null : caller.requireOrganisation();
        return PageResponse.of(providers.byName(only, page.page(), page.size()), ProviderResponse::of);
    }

    private boolean seesAll() {
        return caller.isNetworkAdmin() || caller.hasRole(Roles.NAVIGATOR) || caller.hasRole(Roles.ANALYST);
    }
}

package org.rungs.training.provider;

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
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.rest.PageRequest;
import org.rungs.spine.rest.PageResponse;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@Path("/providers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Providers")
@SecurityRequirement(name = "SecurityScheme")
public class ProviderResource {

    private final IdempotencyKeys idempotency;
    private final ProviderService service;
    private final ProviderRepository providers;
    private final Caller caller;

    public ProviderResource(ProviderService service, ProviderRepository providers, Caller caller,
            IdempotencyKeys idempotency) {
        this.service = service;
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
            Provider p = service.register(request);
            return Response.created(URI.create("/providers/" + p.id)).entity(ProviderResponse.of(p)).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.PROVIDER, Roles.ANALYST})
    @Operation(summary = "One training provider; provider staff see only their own")
    public ProviderResponse get(@PathParam("id") UUID id) {
        Provider p = providers.findById(id);
        if (p == null || !(seesAll() || caller.mayAccess(id.toString()))) {
            throw ProblemException.notFound("Provider", id);
        }
        return ProviderResponse.of(p);
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.PROVIDER, Roles.ANALYST})
    @Operation(summary = "Training providers, by name; provider staff see only their own")
    public PageResponse<ProviderResponse> list(@Valid @BeanParam PageRequest page) {
        Sort byName = Sort.by("name").and("id");
        var query = seesAll()
                ? providers.findAll(byName)
                : providers.find("cast(id as string) = :own", byName,
                        Parameters.with("own", caller.requireOrganisation()));
        return new PageResponse<>(
                query.page(page.page(), page.size()).list().stream().map(ProviderResponse::of).toList(),
                page.page(), page.size(), query.count());
    }

    private boolean seesAll() {
        return caller.isNetworkAdmin() || caller.hasRole(Roles.NAVIGATOR) || caller.hasRole(Roles.ANALYST);
    }
}

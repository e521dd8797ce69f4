package org.rungs.training.credential.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;
import org.rungs.training.credential.domain.Credential;
import org.rungs.training.credential.domain.Credentials;
import org.rungs.training.credential.domain.UnknownCredential;
import org.rungs.training.program.domain.Programs;

/**
 * Credentials awarded: as a record, or as a signed Open Badges 3.0 credential the participant can carry anywhere and
 * anyone can verify against the network's published key.
 */
@Path("/credentials")
@Tag(name = "Credentials")
@SecurityRequirement(name = "SecurityScheme")
public class CredentialResource {

    private final Credentials credentials;
    private final Programs programs;
    private final OpenBadges openBadges;
    private final Caller caller;

    public CredentialResource(Credentials credentials, Programs programs, OpenBadges openBadges, Caller caller) {
        this.credentials = credentials;
        this.programs = programs;
        this.openBadges = openBadges;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, OpenBadges.VC_LD_JSON, OpenBadges.VC_JWT})
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.PROVIDER})
    @Operation(summary = "One credential", description = "Navigators see their agency's participants' credentials, "
            + "provider staff those they awarded. With Accept: application/vc+ld+json, the Open Badges 3.0 "
            + "OpenBadgeCredential signed by the network's key (ES256), enveloped in JSON-LD; with application/vc+jwt,"
            + " the compact VC-JWT itself. The keys are at /.well-known/jwks.json.")
    public Response get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Credential c = visible(id);
        String wanted = headers.getAcceptableMediaTypes().stream().filter(m -> !m.isWildcardType())
                .map(m -> m.getType() + "/" + m.getSubtype()).findFirst().orElse(MediaType.APPLICATION_JSON);
        return switch (wanted) {
            case OpenBadges.VC_LD_JSON -> Response.ok(openBadges.enveloped(c, program(c)), OpenBadges.VC_LD_JSON)
                    .build();
            case OpenBadges.VC_JWT -> Response.ok(openBadges.signed(c, program(c)), OpenBadges.VC_JWT).build();
            default -> Response.ok(CredentialResponse.of(c), MediaType.APPLICATION_JSON_TYPE).build();
        };
    }

    private org.rungs.training.program.domain.Program program(Credential c) {
        return programs.byId(c.programId()).orElseThrow();
    }

    private Credential visible(UUID id) {
        return credentials.byId(id).filter(c -> caller.isNetworkAdmin()
                || caller.hasRole(Roles.NAVIGATOR) && caller.mayAccess(c.partnerAgency())
                || caller.hasRole(Roles.PROVIDER) && caller.mayAccess(c.providerId().toString()))
                .orElseThrow(() -> new UnknownCredential(id));
    }
}

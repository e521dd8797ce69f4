package org.rungs.training.credential.api;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.training.credential.application.NetworkKey;

/** The network's public keys, open to anyone who verifies a credential it issued. */
@Path("/.well-known/jwks.json")
@Tag(name = "Credentials")
public class JwksResource {

    /** A JSON Web Key Set (RFC 7517). */
    public record Jwks(List<Map<String, String>> keys) {
    }

    private final NetworkKey networkKey;

    public JwksResource(NetworkKey networkKey) {
        this.networkKey = networkKey;
    }

    @GET
    @PermitAll
    @Produces({"application/jwk-set+json", "application/json"})
    @Operation(summary = "The keys that verify the network's credentials (JWKS); no token needed")
    public Jwks keys() {
        return new Jwks(networkKey.publicKeys());
    }
}

package org.rungs.testing;

import java.util.Set;

import org.rungs.spine.security.Caller;

import io.smallrye.jwt.build.Jwt;

/**
 * Real signed access tokens for tests, accepted by the OIDC test server ({@code OidcWiremockTestResource}): the same
 * shape Keycloak issues for the Rungs realm (realm roles, {@code org} claim, audience {@code rungs-api}).
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "rungs-api";

    private Tokens() {
    }

    public static String token(String user, String role, String organisation) {
        var builder = Jwt.preferredUserName(user)
                .subject(user)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .groups(Set.of(role));
        if (organisation != null) {
            builder.claim(Caller.ORGANISATION_CLAIM, organisation);
        }
        return builder.jws().keyId("1").sign("privateKey.jwk");
    }

    public static String bearer(String user, String role, String organisation) {
        return "Bearer " + token(user, role, organisation);
    }
}

package org.rungs.spine.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.rungs.spine.problem.ProblemException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling: their roles and the organisation (partner agency, employer or provider id) their token names in the
 * {@code org} claim. Records owned by another organisation are answered as not found.
 */
@RequestScoped
public class Caller {

    public static final String ORGANISATION_CLAIM = "org";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean isNetworkAdmin() {
        return identity.hasRole(Roles.NETWORK_ADMIN);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /**
     * Who acted, as recorded in histories and events: the caller's role and name, e.g. {@code navigator:nadia} (the
     * most powerful role when the caller holds several).
     */
    public String actor() {
        for (String role : List.of(Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER, Roles.PROVIDER,
                Roles.ANALYST)) {
            if (identity.hasRole(role)) {
                return role + ":" + name();
            }
        }
        return name();
    }

    public Optional<String> organisation() {
        Object claim = token == null ? null : token.getClaim(ORGANISATION_CLAIM);
        return Optional.ofNullable(claim).map(Object::toString).map(s -> s.replace("\"", "")).filter(s -> !s.isBlank());
    }

    /** The caller's organisation; a token without one cannot act for an organisation (403). */
    public String requireOrganisation() {
        return organisation().orElseThrow(
                () -> ProblemException.forbidden("Your token names no organisation (claim '" + ORGANISATION_CLAIM
                        + "')"));
    }

    /**
     * The caller's organisation as the id of an employer or provider; a token whose organisation is missing or is not
     * such an id cannot act for one (403).
     */
    public UUID requireOrganisationId() {
        String organisation = requireOrganisation();
        try {
            UUID id = UUID.fromString(organisation);
            if (id.toString().equalsIgnoreCase(organisation)) {
                return id;
            }
        } catch (IllegalArgumentException notAnId) {
            // answered below
        }
        throw ProblemException.forbidden("Your token's organisation (claim '" + ORGANISATION_CLAIM
                + "') is not an employer or provider id");
    }

    /** Whether the caller may see a record owned by an organisation: network admins see all. */
    public boolean mayAccess(String owner) {
        return isNetworkAdmin() || organisation().map(o -> o.equals(owner)).orElse(false);
    }
}

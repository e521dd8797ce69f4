package org.rungs.spine.security;

/** Realm roles (Keycloak realm {@code rungs}); see deploy/keycloak/rungs-realm.json. */
public final class Roles {

    /** Intermediary staff who run the network: see and manage everything. */
    public static final String NETWORK_ADMIN = "network-admin";
    /** Navigators at partner agencies: serve their agency's participants. */
    public static final String NAVIGATOR = "navigator";
    /** Employer staff: manage their own organisation's vacancies. */
    public static final String EMPLOYER = "employer";
    /** Training provider staff: manage their own programs. */
    public static final String PROVIDER = "provider";
    /** Analysts and dashboards: read aggregate outcomes. */
    public static final String ANALYST = "analyst";

    private Roles() {
    }
}

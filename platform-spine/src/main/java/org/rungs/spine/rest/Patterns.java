package org.rungs.spine.rest;

/** Regular expressions for query parameters that are checked as text, so a bad value is a 400 naming the parameter. */
public final class Patterns {

    public static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    public static final String UUID_MESSAGE = "must be a UUID";
    public static final String PARTNER_AGENCY = "[A-Za-z0-9][A-Za-z0-9._-]*";
    public static final String PARTNER_AGENCY_MESSAGE = "must be a partner agency id (letters, digits, '.', '_' or '-')";

    private Patterns() {
    }
}

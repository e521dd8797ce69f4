package org.rungs.spine.problem;

/** Stable problem type URIs; docs/errors.md describes each. */
public final class ProblemTypes {

    public static final String VALIDATION = "urn:rungs:problem:validation";
    public static final String MALFORMED = "urn:rungs:problem:malformed-request";
    public static final String NOT_FOUND = "urn:rungs:problem:not-found";
    public static final String CONFLICT = "urn:rungs:problem:conflict";
    public static final String IDEMPOTENCY_KEY_REUSED = "urn:rungs:problem:idempotency-key-reused";
    public static final String UNAUTHORIZED = "urn:rungs:problem:unauthorized";
    public static final String FORBIDDEN = "urn:rungs:problem:forbidden";
    public static final String HTTP = "urn:rungs:problem:http";
    public static final String INTERNAL = "urn:rungs:problem:internal";

    private ProblemTypes() {
    }
}

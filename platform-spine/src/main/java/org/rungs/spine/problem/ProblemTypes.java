package org.rungs.spine.problem;

/** Stable problem type URIs; docs/errors.md describes each. */
public final class ProblemTypes {

    public static final String VALIDATION = "urn:rungs:problem:validation";
    public static final String MALFORMED = "urn:rungs:problem:malformed-request";
    public static final String NOT_FOUND = "urn:rungs:problem:not-found";
    /** Two requests raced to create the same record; the loser wrote nothing. */
    public static final String ALREADY_EXISTS = "urn:rungs:problem:already-exists";
    public static final String IDEMPOTENCY_KEY_REUSED = "urn:rungs:problem:idempotency-key-reused";
    public static final String UNAUTHORIZED = "urn:rungs:problem:unauthorized";
    public static final String FORBIDDEN = "urn:rungs:problem:forbidden";
    public static final String HTTP = "urn:rungs:problem:http";
    public static final String INTERNAL = "urn:rungs:problem:internal";
    public static final String URI_TOO_LONG = "urn:rungs:problem:uri-too-long";
    public static final String PREFIX = "urn:rungs:problem:";

    /**
     * The type URI of a problem name: {@code vacancy-already-closed} is
     * {@code urn:rungs:problem:vacancy-already-closed}.
     */
    public static String of(String name) {
        if (!name.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("a problem type is lower-case words joined by '-': " + name);
        }
        return PREFIX + name;
    }

    private ProblemTypes() {
    }
}

package org.rungs.spine.events;

/**
 * An event no retry can apply: unparseable, of an unsupported major version, or invalid. It goes to the consumer's
 * dead-letter topic with {@link #reason()} and the partition moves on.
 */
public class PoisonEventException extends RuntimeException {

    private final String reason;

    public PoisonEventException(String reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public PoisonEventException(String reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    /** A short machine-readable reason: {@code malformed-envelope}, {@code unparseable}, {@code invalid}… */
    public String reason() {
        return reason;
    }
}

package org.rungs.spine.domain;

/**
 * A rule of the domain refused a change, or what it names does not exist. Each kind is its own type; the API layer of
 * the service maps it to its own problem type (docs/errors.md lists them).
 */
public abstract class DomainError extends RuntimeException {

    protected DomainError(String message) {
        super(message);
    }
}

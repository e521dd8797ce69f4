package org.rungs.spine.domain;

/** What a command names does not exist (or is not the caller's to see): a 404 {@code urn:rungs:problem:not-found}. */
public class NotFound extends DomainError {

    public NotFound(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}

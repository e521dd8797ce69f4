package org.rungs.spine.domain;

import java.util.Objects;

import org.rungs.spine.events.EventType;

/** An event an aggregate recorded and the outbox has not taken yet. */
public record PendingEvent<T>(EventType<T> type, T data) {

    public PendingEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }

    /** The data if this is an event of the given type. */
    public <U> java.util.Optional<U> as(EventType<U> wanted) {
        return type.equals(wanted) ? java.util.Optional.of(wanted.cast(data)) : java.util.Optional.empty();
    }
}

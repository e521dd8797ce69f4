package org.rungs.spine.inbox;

import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.EventType;

/**
 * Applies one type of event to a service's own state. The {@link EventDispatcher} calls it inside the transaction that
 * also records the event id, at most once per event id and consumer.
 */
public interface EventHandler<T> {

    EventType type();

    void handle(EventEnvelope<T> event);
}

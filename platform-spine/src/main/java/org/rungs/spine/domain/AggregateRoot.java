package org.rungs.spine.domain;

import java.util.ArrayList;
import java.util.List;

import org.rungs.spine.events.EventType;

/**
 * An aggregate that records the events its changes cause. A use case publishes them through the outbox in the same
 * transaction as the change ({@code outbox.publish(aggregate)}), which takes them.
 */
public abstract class AggregateRoot {

    private final transient List<PendingEvent<?>> pending = new ArrayList<>();

    /** Records an event this aggregate caused; it is published when the use case's transaction commits. */
    protected final <T> void record(EventType<T> type, T data) {
        pending.add(new PendingEvent<>(type, data));
    }

    /**
     * Forgets every event recorded and not yet taken but the latest, for an aggregate each of whose events states
     * everything a consumer keeps of it: a later one supersedes those before it, and what one transaction commits is
     * announced once.
     */
    protected final void keepLatestEvent() {
        if (pending.size() > 1) {
            PendingEvent<?> latest = pending.get(pending.size() - 1);
            pending.clear();
            pending.add(latest);
        }
    }

    /** The events recorded since the last call, oldest first; the aggregate forgets them. */
    public final List<PendingEvent<?>> takeEvents() {
        List<PendingEvent<?>> taken = List.copyOf(pending);
        pending.clear();
        return taken;
    }

    /** The events recorded and not yet taken, for tests of the aggregate's rules. */
    public final List<PendingEvent<?>> pendingEvents() {
        return List.copyOf(pending);
    }
}

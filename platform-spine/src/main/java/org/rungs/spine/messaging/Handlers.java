package org.rungs.spine.messaging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.EventType;

/**
 * The handlers a service registered, by event type. Registration is typed: a handler of {@code EventType<T>} takes a
 * {@code T} (or an {@code EventEnvelope<T>}), so it cannot be registered for another event. Several handlers of one
 * type run in the order registered, in one transaction.
 */
public final class Handlers {

    private final Map<String, Entry> byType = new LinkedHashMap<>();

    /** Runs {@code handler} with the data of every event of this type. */
    public <T> Handlers on(EventType<T> type, Consumer<T> handler) {
        return onEvent(type, event -> handler.accept(event.data()));
    }

    /** Runs {@code handler} with every event of this type, its CloudEvents attributes included. */
    public <T> Handlers onEvent(EventType<T> type, Consumer<EventEnvelope<T>> handler) {
        Entry entry = byType.computeIfAbsent(type.name(), name -> new Entry(type));
        if (entry.type != type) {
            throw new IllegalArgumentException("two declarations of " + type.name());
        }
        entry.handlers.add(event -> handler.accept(narrow(type, event)));
        return this;
    }

    public boolean isEmpty() {
        return byType.isEmpty();
    }

    /** The handled types, by wire type. */
    public Map<String, EventType<?>> types() {
        Map<String, EventType<?>> types = new LinkedHashMap<>();
        byType.forEach((name, entry) -> types.put(name, entry.type));
        return Collections.unmodifiableMap(types);
    }

    /** The topics the handled types travel on. */
    public Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        byType.values().forEach(entry -> topics.add(entry.type.topic().name()));
        return topics;
    }

    /** Runs the handlers of the event's type; an event of a type nobody handles is a programming error. */
    public void apply(EventEnvelope<?> event) {
        Entry entry = byType.get(event.type().name());
        if (entry == null) {
            throw new IllegalArgumentException("no handler of " + event.type().name());
        }
        entry.handlers.forEach(h -> h.accept(event));
    }

    private static <T> EventEnvelope<T> narrow(EventType<T> type, EventEnvelope<?> event) {
        if (event.type() != type) {
            throw new IllegalArgumentException(event.type().name() + " is not " + type.name());
        }
        return new EventEnvelope<>(event.id(), type, event.source(), event.subject(), event.time(),
                type.cast(event.data()));
    }

    private static final class Entry {

        final EventType<?> type;
        final List<Consumer<EventEnvelope<?>>> handlers = new ArrayList<>();

        Entry(EventType<?> type) {
            this.type = type;
        }
    }
}

package org.rungs.spine.events;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every event type the platform declares: the public static {@link EventType} fields of each {@link EventDeclarations}
 * class on the classpath (one per producing service, in the contracts module). Consumers use it to tell an event they
 * do not handle but know (skipped) from a version nobody declared (poison).
 */
public final class EventCatalog {

    private static final EventCatalog INSTANCE = load();

    private final Map<String, EventType<?>> types;

    EventCatalog(Collection<EventType<?>> types) {
        Map<String, EventType<?>> byName = new LinkedHashMap<>();
        for (EventType<?> type : types) {
            EventType<?> previous = byName.putIfAbsent(type.name(), type);
            if (previous != null && previous != type) {
                throw new IllegalStateException(type.name() + " is declared twice");
            }
        }
        this.types = Collections.unmodifiableMap(byName);
    }

    public static EventCatalog get() {
        return INSTANCE;
    }

    public Optional<EventType<?>> byName(String typeName) {
        return Optional.ofNullable(typeName).map(types::get);
    }

    /** Every declared type, in declaration order (producer by producer). */
    public Collection<EventType<?>> all() {
        return types.values();
    }

    private static EventCatalog load() {
        Map<String, EventType<?>> found = new LinkedHashMap<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (EventDeclarations declarations : ServiceLoader.load(EventDeclarations.class,
                loader == null ? EventCatalog.class.getClassLoader() : loader)) {
            declaredIn(declarations.getClass()).forEach(t -> found.putIfAbsent(t.name(), t));
        }
        return new EventCatalog(found.values());
    }

    /** The event types a class declares as public static final fields, in field order. */
    public static Collection<EventType<?>> declaredIn(Class<?> declarations) {
        Map<String, EventType<?>> types = new LinkedHashMap<>();
        for (Field field : declarations.getFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                    && EventType.class.isAssignableFrom(field.getType())) {
                try {
                    EventType<?> type = (EventType<?>) field.get(null);
                    types.put(type.name(), type);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + field, e);
                }
            }
        }
        return types.values();
    }
}

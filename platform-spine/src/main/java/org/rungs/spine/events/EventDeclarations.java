package org.rungs.spine.events;

/**
 * Marks a class that declares event types as {@code public static final EventType} fields: each producer's contracts
 * class. Listed in {@code META-INF/services/org.rungs.spine.events.EventDeclarations}, so that {@link EventCatalog}
 * knows every event the platform declares.
 */
public interface EventDeclarations {
}

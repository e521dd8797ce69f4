package org.rungs.spine.messaging;

/**
 * The one inbound consumer of a service: it says, in {@link #register(Handlers)}, which events the service handles and
 * the code each one runs. The spine's {@link EventConsumer} subscribes to their topics and applies each event once, in
 * a transaction with the inbox. A service that consumes nothing has no bean of this type.
 */
public interface EventHandlers {

    void register(Handlers on);
}

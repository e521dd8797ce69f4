package org.rungs.reporting.messaging;

/**
 * The consumer name under which reporting-service records the events it applied (the inbox) and dead-letters
 * ({@code reporting-service.dlq}). Live consumption and a replay share it, so an event both see counts once.
 */
public final class Consumers {

    public static final String REPORTING = "reporting-service";

    private Consumers() {
    }
}

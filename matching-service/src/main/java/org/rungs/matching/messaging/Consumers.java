package org.rungs.matching.messaging;

/** The consumer name under which this service records the events it applied (the inbox) and dead-letters. */
final class Consumers {

    static final String MATCHING = "matching-service";

    private Consumers() {
    }
}

package org.rungs.training.program.domain;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a program is delivered: {@code in-person}, {@code online} or {@code hybrid}. */
public enum DeliveryMode {

    IN_PERSON, ONLINE, HYBRID;

    /** Query parameter pattern matching the wire values. */
    public static final String WIRE_VALUES = "in-person|online|hybrid";

    @JsonValue
    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }

    public static DeliveryMode ofWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}

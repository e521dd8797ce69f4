package org.rungs.training.program.domain;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** When a program's sessions run: {@code daytime}, {@code evening}, {@code weekend} or {@code self-paced}. */
public enum Schedule {

    DAYTIME, EVENING, WEEKEND, SELF_PACED;

    /** Query parameter pattern matching the wire values. */
    public static final String WIRE_VALUES = "daytime|evening|weekend|self-paced";

    @JsonValue
    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Schedule ofWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}

package org.rungs.spine.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.rungs.spine.problem.ProblemException;

/**
 * Query parameters read as text and parsed here, so a malformed one is a 400 problem naming the parameter (a typed
 * JAX-RS parameter that fails to convert answers 404).
 */
public final class QueryValues {

    private QueryValues() {
    }

    /** An ISO date ({@code 2026-12-01}); null when absent. */
    public static LocalDate date(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(parameter, "must be a date (YYYY-MM-DD)");
        }
    }

    /** An ISO instant ({@code 2026-12-01T09:30:00Z}); null when absent. */
    public static Instant instant(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(parameter, "must be an instant (YYYY-MM-DDThh:mm:ssZ)");
        }
    }

    /** A UUID; null when absent. */
    public static UUID uuid(String parameter, String value) {
        if (value == null) {
            return null;
        }
        if (!value.matches(Patterns.UUID)) {
            throw ProblemException.invalid(parameter, Patterns.UUID_MESSAGE);
        }
        return UUID.fromString(value);
    }
}

package org.rungs.spine.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Facts entered after the day they happened (a navigator catching up on last week's interviews, an intermediary moving
 * its records from another system) keep their own day. A fact of an earlier day is stamped at noon of that day in the
 * clock's zone; a fact of today, now.
 */
public final class RecordedDay {

    private RecordedDay() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    /**
     * When a fact of a day happened, as an instant: now for today (or no day given), noon for an earlier day.
     *
     * @throws IllegalArgumentException
     *             when the day is after today
     */
    public static Instant at(LocalDate day, Clock clock) {
        LocalDate today = today(clock);
        if (day == null || day.equals(today)) {
            return clock.instant();
        }
        if (day.isAfter(today)) {
            throw new IllegalArgumentException(day + " is in the future");
        }
        return day.atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant();
    }
}

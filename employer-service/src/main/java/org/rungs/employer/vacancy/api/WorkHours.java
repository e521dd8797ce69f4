package org.rungs.employer.vacancy.api;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.rungs.employer.vacancy.domain.Shift;

/**
 * A vacancy's shift as schema.org {@code workHours} text, and the shift a {@code workHours} text names
 * (docs/jobposting.md).
 */
final class WorkHours {

    private static final Set<String> COUNTING = Set.of("a", "an", "per", "each", "every");

    private WorkHours() {
    }

    /** The text Rungs writes for a shift, e.g. {@code Day shift}. */
    static String text(Shift shift) {
        return switch (shift) {
            case DAY -> "Day shift";
            case EVENING -> "Evening shift";
            case NIGHT -> "Night shift";
            case ROTATING -> "Rotating shifts";
            case FLEXIBLE -> "Flexible hours";
        };
    }

    /**
     * The shifts a text names, read word by word in lower case: day ({@code day}, {@code days}, {@code daytime},
     * {@code 1st shift}, {@code first shift}), evening ({@code evening(s)}, {@code swing shift}, {@code 2nd shift},
     * {@code second shift}), night ({@code night(s)}, {@code overnight}, {@code graveyard}, {@code 3rd shift},
     * {@code third shift}), rotating ({@code rotating}, {@code rotation}, {@code rotational}) and flexible
     * ({@code flexible}, {@code flex}, {@code flextime}). A day, evening or night word after a number or after "a",
     * "an", "per", "each" or "every" counts time rather than naming a shift ("8 hours a day", "5 days a week"). A
     * rotation names the shifts it rotates through as well ("rotating day and night shifts"): it is then the only one
     * returned.
     */
    static Set<Shift> named(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Set<Shift> named = EnumSet.noneOf(Shift.class);
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String before = i > 0 ? words[i - 1] : "";
            boolean counting = before.matches("\\d+") || COUNTING.contains(before);
            boolean shiftFollows = i + 1 < words.length && words[i + 1].startsWith("shift");
            switch (word) {
                case "day", "days", "daytime" -> add(named, Shift.DAY, !counting);
                case "evening", "evenings" -> add(named, Shift.EVENING, !counting);
                case "night", "nights", "overnight", "overnights", "graveyard" -> add(named, Shift.NIGHT, !counting);
                case "1st", "first" -> add(named, Shift.DAY, shiftFollows);
                case "2nd", "second", "swing" -> add(named, Shift.EVENING, shiftFollows);
                case "3rd", "third" -> add(named, Shift.NIGHT, shiftFollows);
                case "rotating", "rotation", "rotational" -> named.add(Shift.ROTATING);
                case "flexible", "flex", "flextime", "flexitime" -> named.add(Shift.FLEXIBLE);
                default -> {
                }
            }
        }
        return named.contains(Shift.ROTATING) ? EnumSet.of(Shift.ROTATING) : named;
    }

    private static void add(Set<Shift> named, Shift shift, boolean when) {
        if (when) {
            named.add(shift);
        }
    }
}

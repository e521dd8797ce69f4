package org.rungs.participant.participant.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of self-identified demographics (29 CFR 38.41), for aggregate reporting only, with small cells suppressed: a
 * count from 1 to {@value #MIN_CELL} - 1 is withheld, and when a question has exactly one withheld answer the next
 * smallest is withheld too, so no withheld count can be worked out from the total.
 */
public final class DemographicCounts {

    /** The smallest count shown. */
    public static final int MIN_CELL = 10;

    private DemographicCounts() {
    }

    /** One answer's count, or null when withheld. */
    public record Cell(String answer, Long count, boolean suppressed) {
    }

    /** Each question's answers with their counts, in the order given, small cells withheld. */
    public static Map<String, List<Cell>> suppress(Map<String, Map<String, Long>> questions) {
        Map<String, List<Cell>> out = new LinkedHashMap<>();
        questions.forEach((question, answers) -> {
            List<String> withheld = new ArrayList<>(answers.entrySet().stream()
                    .filter(a -> a.getValue() > 0 && a.getValue() < MIN_CELL).map(Map.Entry::getKey).toList());
            if (withheld.size() == 1) {
                answers.entrySet().stream().filter(a -> !withheld.contains(a.getKey()) && a.getValue() > 0)
                        .min(Comparator.comparing(Map.Entry<String, Long>::getValue))
                        .ifPresent(a -> withheld.add(a.getKey()));
            }
            out.put(question, answers.entrySet().stream().map(a -> withheld.contains(a.getKey())
                    ? new Cell(a.getKey(), null, true)
                    : new Cell(a.getKey(), a.getValue(), false)).toList());
        });
        return out;
    }
}

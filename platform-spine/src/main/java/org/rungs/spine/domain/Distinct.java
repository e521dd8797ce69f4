package org.rungs.spine.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Finds repeated entries in a list, by a key. */
public final class Distinct {

    private Distinct() {
    }

    /** The positions (from 0) of entries whose key an earlier entry already had. */
    public static <T> List<Integer> repeated(List<T> entries, Function<T, ?> key) {
        Set<Object> seen = new HashSet<>();
        List<Integer> repeated = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!seen.add(key.apply(entries.get(i)))) {
                repeated.add(i);
            }
        }
        return repeated;
    }
}

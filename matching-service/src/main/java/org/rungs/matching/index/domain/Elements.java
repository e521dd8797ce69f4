package org.rungs.matching.index.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** O*NET element ids as small codes, assigned in the order first seen; one dictionary per index. */
final class Elements {

    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> ids = new ArrayList<>();

    int code(String elementId) {
        Integer code = codes.get(elementId);
        if (code != null) {
            return code;
        }
        if (ids.size() == Short.MAX_VALUE) {
            throw new IllegalStateException("more than " + Short.MAX_VALUE + " elements");
        }
        codes.put(elementId, ids.size());
        ids.add(elementId);
        return ids.size() - 1;
    }

    /** The element's code, or -1 when no one holds or requires it. */
    int find(String elementId) {
        Integer code = codes.get(elementId);
        return code == null ? -1 : code;
    }

    /** How many elements are coded. */
    int size() {
        return ids.size();
    }

    String id(int code) {
        return ids.get(code);
    }
}

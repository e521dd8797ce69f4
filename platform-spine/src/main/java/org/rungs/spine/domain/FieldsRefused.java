package org.rungs.spine.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rule of the domain refused a change because of what some of its input says: each offending field (its JSON path in
 * the request, e.g. {@code rungs[1].tier}) with what is wrong. The API answers it with a problem that names them.
 */
public abstract class FieldsRefused extends DomainError {

    private final Map<String, String> fields;

    protected FieldsRefused(String message, Map<String, String> fields) {
        super(message);
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    protected FieldsRefused(String message, String field, String problem) {
        this(message, Map.of(field, problem));
    }

    /** One field refused; the message is the field and what is wrong with it ({@code date is in the future}). */
    protected FieldsRefused(String field, String problem) {
        this(field + " " + problem, field, problem);
    }

    /** Each offending field and what is wrong with it, in the order found. */
    public Map<String, String> fields() {
        return fields;
    }
}

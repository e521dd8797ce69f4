package org.rungs.spine.rest;

import java.util.List;
import java.util.function.Function;

import org.rungs.spine.domain.Page;

/** One page of a list: {@code page} counts from 0; {@code total} is the number of items across all pages. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static <D, T> PageResponse<T> of(Page<D> page, Function<? super D, ? extends T> mapper) {
        Page<T> mapped = page.map(mapper);
        return new PageResponse<>(mapped.items(), mapped.page(), mapped.size(), mapped.total());
    }
}

package org.rungs.spine.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code page} counts from 0; {@code total} is the number of items across all pages. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}

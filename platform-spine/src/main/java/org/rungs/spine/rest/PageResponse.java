package org.rungs.spine.rest;

import java.util.List;

/** One page of a list: {@code page} counts from 0; {@code total} is the number of items across all pages. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
}

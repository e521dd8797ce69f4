package org.rungs.spine.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * Paging query parameters shared by list endpoints: {@code ?page=0&size=20}, at most 200 a page. They are read as text
 * and checked here, so {@code page=abc} or a page past any list is a 400 naming the parameter.
 */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Pattern(regexp = "[0-9]{1,6}", message = "must be a whole number from 0 to 999999")
    public String page;

    @QueryParam("size")
    @DefaultValue("20")
    @Pattern(regexp = "0*([1-9][0-9]?|1[0-9][0-9]|200)", message = "must be a whole number from 1 to 200")
    public String size;

    /** The page index, from 0. */
    public int page() {
        return Integer.parseInt(page);
    }

    /** Items per page, 1 to 200. */
    public int size() {
        return Integer.parseInt(size);
    }
}

package org.rungs.spine.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details, the body of every Rungs error response ({@code application/problem+json}). {@code type} is
 * a stable URN per kind of problem (see docs/errors.md); {@code violations} lists offending fields.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
}

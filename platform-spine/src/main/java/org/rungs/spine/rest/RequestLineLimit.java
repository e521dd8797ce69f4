package org.rungs.spine.rest;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.rungs.spine.problem.Problem;
import org.rungs.spine.problem.ProblemTypes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;

/**
 * A request whose target (path and query) is longer than {@link #MAX_TARGET} characters is a 414
 * {@code urn:rungs:problem:uri-too-long}, before anything else looks at it. The HTTP server reads request lines up to
 * {@code quarkus.http.limits.max-initial-line-length} (64 KiB, set in the shared defaults) so that such requests reach
 * this check; a line longer still is refused by the server itself with a bare 414.
 */
@ApplicationScoped
public class RequestLineLimit {

    /** The longest request target the services take: far above any URL they build. */
    public static final int MAX_TARGET = 8_192;

    private final String problem;

    public RequestLineLimit(ObjectMapper json) throws JsonProcessingException {
        this.problem = json.writeValueAsString(new Problem(ProblemTypes.URI_TOO_LONG, "URI too long", 414,
                "The request target is longer than " + MAX_TARGET + " characters", null, List.of()));
    }

    void route(@Observes Router router) {
        router.route().order(-1_000_000).handler(ctx -> {
            if (ctx.request().uri().length() > MAX_TARGET) {
                ctx.response().setStatusCode(414).putHeader("Content-Type", Problem.MEDIA_TYPE).end(problem);
            } else {
                ctx.next();
            }
        });
    }
}

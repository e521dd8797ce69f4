package org.rungs.spine.problem;

import java.io.CharConversionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.rungs.spine.events.EventJson;
import org.rungs.spine.json.StrictInputModule;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Maps every error a request can meet to {@code application/problem+json}. Bad input is a 4xx, never a 5xx. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** PostgreSQL's SQLSTATE for a unique or primary key violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new Violation(field(v.getPropertyPath()), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        return respond(new Problem(ProblemTypes.VALIDATION, "Invalid request", 400, "The request has invalid fields",
                path(uri), violations));
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.VALIDATION, "Invalid request", 400, e.getMessage(), path(uri),
                List.of()));
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                "Your role does not allow this operation", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return json(jpe, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return internal(uri);
        }
        Response.StatusType info = e.getResponse().getStatusInfo();
        String type = status == 404 ? ProblemTypes.NOT_FOUND : ProblemTypes.HTTP;
        return respond(new Problem(type, info.getReasonPhrase(), status, e.getMessage(), path(uri), List.of()));
    }

    /** A body in a character encoding JSON does not allow (e.g. bytes that read as UTF-32). */
    @ServerExceptionMapper
    public Response charConversion(CharConversionException e, UriInfo uri) {
        return malformed(uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException jpe) {
            return json(jpe, uri);
        }
        if (cause instanceof CharConversionException) {
            return malformed(uri);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve
                    && UNIQUE_VIOLATION.equals(cve.getSQLState())) {
                // two requests raced to create the same record; the loser wrote nothing
                LOG.warnf("Request refused by a unique constraint (%s)", cve.getConstraintName());
                return respond(new Problem(ProblemTypes.CONFLICT, "Conflict", 409,
                        "The request conflicts with a record that now exists", path(uri), List.of()));
            }
        }
        LOG.error("Request failed", e);
        return internal(uri);
    }

    private Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException jme && !(e instanceof JsonParseException)) {
            String field = field(jme.getPath());
            String message;
            if (e instanceof StrictInputModule.RejectedValueException) {
                message = jme.getOriginalMessage();
            } else if (e instanceof UnrecognizedPropertyException) {
                message = "unknown field";
            } else if (e instanceof InvalidFormatException ife) {
                message = "invalid value '" + ife.getValue() + "' for " + ife.getTargetType().getSimpleName();
            } else if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
                message = "expected " + describe(mie.getTargetType());
            } else {
                message = "invalid value";
            }
            return respond(new Problem(ProblemTypes.VALIDATION, "Invalid request", 400,
                    "The request has invalid fields", path(uri), List.of(new Violation(field.isEmpty() ? "$" : field,
                            message))));
        }
        return malformed(uri);
    }

    private Response malformed(UriInfo uri) {
        return respond(new Problem(ProblemTypes.MALFORMED, "Malformed request", 400,
                "The request body is not valid JSON", path(uri), List.of()));
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == String.class || type == java.util.UUID.class) {
            return "a string";
        }
        return "an object";
    }

    private Response unauthenticated(UriInfo uri) {
        return Response.status(401).header("WWW-Authenticate", "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(write(new Problem(ProblemTypes.UNAUTHORIZED, "Unauthorized", 401,
                        "A valid bearer token is required", path(uri), List.of())))
                .build();
    }

    private Response internal(UriInfo uri) {
        return respond(new Problem(ProblemTypes.INTERNAL, "Internal error", 500,
                "The service could not complete the request; it has been logged", path(uri), List.of()));
    }

    static String field(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /**
     * A violation's path as the client sees it: without the Java method name. A query or path parameter is named by
     * itself; a request body (a parameter named {@code request}, by convention) by the fields inside it.
     */
    static String field(Path path) {
        StringBuilder sb = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CROSS_PARAMETER, RETURN_VALUE -> {
                    continue;
                }
                case PARAMETER -> {
                    parameter = node.getName();
                    sb.setLength(0);
                    continue;
                }
                default -> {
                }
            }
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        if (sb.isEmpty()) {
            return parameter == null || "request".equals(parameter) ? "$" : parameter;
        }
        return sb.toString();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(write(problem)).build();
    }

    private static String write(Problem problem) {
        try {
            return EventJson.mapper().writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}

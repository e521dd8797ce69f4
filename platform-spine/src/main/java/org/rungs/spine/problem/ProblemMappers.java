package org.rungs.spine.problem;

import java.io.CharConversionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Instance;
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
import org.rungs.spine.domain.DomainError;
import org.rungs.spine.events.EventJson;
import org.rungs.spine.json.StrictInputModule;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
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
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    private final ProblemCatalog catalog = new ProblemCatalog();

    public ProblemMappers(Instance<DomainProblems> features) {
        features.forEach(f -> f.register(catalog));
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    /** A domain rule refused the change: answered with the problem type its feature registered. */
    @ServerExceptionMapper
    public Response domain(DomainError e, UriInfo uri) {
        return catalog.answer(e).map(p -> respond(p.toProblem(path(uri)))).orElseGet(() -> {
            LOG.errorf(e, "No problem type is registered for %s", e.getClass().getName());
            return internal(uri);
        });
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
                return respond(new Problem(ProblemTypes.ALREADY_EXISTS, "Already exists", 409,
                        "The request conflicts with a record that now exists", path(uri), List.of()));
            }
        }
        LOG.error("Request failed", e);
        return internal(uri);
    }

    private Response json(JsonProcessingException e, UriInfo uri) {
        String duplicated = duplicatedField(e);
        if (duplicated != null) {
            return respond(new Problem(ProblemTypes.VALIDATION, "Invalid request", 400,
                    "The request has invalid fields", path(uri), List.of(new Violation(duplicated,
                            "is given more than once"))));
        }
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

    /** The path of a field a body gives twice (strict duplicate detection), or null for any other error. */
    static String duplicatedField(JsonProcessingException error) {
        JsonParseException e = null;
        for (Throwable t = error; t != null && e == null; t = t.getCause()) {
            if (t instanceof JsonParseException parse) {
                e = parse;
            }
        }
        if (e == null) {
            return null;
        }
        Matcher m = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (!m.matches() || !(e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser)) {
            return null;
        }
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            steps.add(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName());
        }
        // the innermost object's current name is the one before the duplicate: the duplicate takes its place
        if (!steps.isEmpty() && parser.getParsingContext().inObject()) {
            steps.set(steps.size() - 1, m.group(1));
        } else {
            steps.add(m.group(1));
        }
        StringBuilder field = new StringBuilder();
        for (String step : steps) {
            if (!step.startsWith("[") && !field.isEmpty()) {
                field.append('.');
            }
            field.append(step);
        }
        return field.toString();
    }

    private Response malformed(UriInfo uri) {
        return respond(new Problem(ProblemTypes.MALFORMED, "Malformed request", 400,
                "The request body is not valid JSON", path(uri), List.of()));
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + codes(type);
        }
        if (type == int.class || type == long.class || type == short.class || type == Integer.class
                || type == Long.class || type == Short.class || type == java.math.BigInteger.class) {
            return "a whole number";
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

    /** An enum's values as clients write them: what its {@code @JsonValue} method gives, else the names. */
    private static List<String> codes(Class<?> type) {
        java.lang.reflect.Method code = null;
        for (java.lang.reflect.Method m : type.getMethods()) {
            if (m.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonValue.class) && m.getParameterCount() == 0) {
                code = m;
            }
        }
        List<String> codes = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            try {
                codes.add(code == null ? constant.toString() : String.valueOf(code.invoke(constant)));
            } catch (ReflectiveOperationException e) {
                codes.add(constant.toString());
            }
        }
        return codes;
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
            return EventJson.mapper().writeValueAsString(readable(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The problem with text that is not Unicode (half of a surrogate pair, echoed from the input) made readable. */
    private static Problem readable(Problem p) {
        return new Problem(p.type(), p.title(), p.status(), text(p.detail()), text(p.instance()),
                p.violations() == null
                        ? null
                        : p.violations().stream()
                                .map(v -> new Violation(text(v.field()), text(v.message()))).toList());
    }

    private static String text(String s) {
        if (s == null || !StrictInputModule.hasLoneSurrogate(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}

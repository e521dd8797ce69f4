package org.rungs.spine.problem;

import java.util.List;

/** A request the service refuses, with the problem to answer. Thrown by resources and use cases. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Violation> violations;

    public ProblemException(int status, String type, String title, String detail, List<Violation> violations) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, ProblemTypes.NOT_FOUND, "Not found", what + " " + id + " does not exist",
                List.of());
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(400, ProblemTypes.VALIDATION, "Invalid request",
                "The request has invalid fields", violations);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, ProblemTypes.FORBIDDEN, "Forbidden", detail, List.of());
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, violations);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }
}

package org.rungs.spine.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.rungs.spine.domain.DomainError;
import org.rungs.spine.domain.FieldsRefused;
import org.rungs.spine.domain.NotFound;

/** The problem each domain error is answered with, registered by the {@link DomainProblems} of every feature. */
public final class ProblemCatalog {

    private final Map<Class<?>, Answer> answers = new LinkedHashMap<>();

    public ProblemCatalog() {
        map(NotFound.class, ProblemTypes.NOT_FOUND, e -> new ProblemException(404, ProblemTypes.NOT_FOUND, "Not found",
                e.getMessage(), List.of()));
    }

    /**
     * Answers an error with its own problem type; the detail is the error's message.
     *
     * @param name
     *            the problem type's name, e.g. {@code vacancy-already-closed} for
     *            {@code urn:rungs:problem:vacancy-already-closed}
     */
    public <E extends DomainError> ProblemCatalog map(Class<E> error, int status, String name, String title) {
        String type = ProblemTypes.of(name);
        return map(error, type, e -> new ProblemException(status, type, title, e.getMessage(), List.of()));
    }

    /** Answers an error that names offending input fields with its own problem type, listing them as violations. */
    public <E extends FieldsRefused> ProblemCatalog mapFields(Class<E> error, int status, String name, String title) {
        String type = ProblemTypes.of(name);
        return map(error, type, e -> new ProblemException(status, type, title, e.getMessage(),
                e.fields().entrySet().stream().map(f -> new Violation(f.getKey(), f.getValue())).toList()));
    }

    /** Answers an error with a problem of the given type built from it (e.g. a 400 naming the offending fields). */
    public <E extends DomainError> ProblemCatalog map(Class<E> error, String type,
            Function<E, ProblemException> answer) {
        if (answers.containsKey(error)) {
            throw new IllegalStateException(error.getName() + " is answered twice");
        }
        answers.put(error, new Answer(type, e -> answer.apply(error.cast(e))));
        return this;
    }

    /** The answer to an error: that of its own class, else of the nearest superclass registered. */
    public Optional<ProblemException> answer(DomainError error) {
        for (Class<?> c = error.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            Answer answer = answers.get(c);
            if (answer != null) {
                ProblemException problem = answer.build.apply(error);
                if (!problem.type().equals(answer.type)) {
                    throw new IllegalStateException(c.getName() + " is answered with " + problem.type()
                            + ", registered as " + answer.type);
                }
                return Optional.of(problem);
            }
        }
        return Optional.empty();
    }

    /** Whether an error of this class has an answer (its own, or a superclass's). */
    public boolean answers(Class<? extends DomainError> error) {
        for (Class<?> c = error; c != null && c != Object.class; c = c.getSuperclass()) {
            if (answers.containsKey(c)) {
                return true;
            }
        }
        return false;
    }

    /** The problem type registered for each error class. */
    public Map<Class<?>, String> types() {
        Map<Class<?>, String> types = new LinkedHashMap<>();
        answers.forEach((error, answer) -> types.put(error, answer.type));
        return types;
    }

    private record Answer(String type, Function<DomainError, ProblemException> build) {
    }
}

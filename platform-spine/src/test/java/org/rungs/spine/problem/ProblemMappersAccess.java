package org.rungs.spine.problem;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Lets tests of other packages reach the problem mappers' field naming. */
public final class ProblemMappersAccess {

    private ProblemMappersAccess() {
    }

    public static String duplicatedField(JsonProcessingException e) {
        return ProblemMappers.duplicatedField(e);
    }
}

package org.rungs.spine.problem;

/** One offending input field: its JSON path (e.g. {@code requiredSkills[0].minimumLevel}) and what is wrong. */
public record Violation(String field, String message) {
}

package org.rungs.employer.vacancy.domain;

import java.util.List;

import org.rungs.spine.domain.DomainError;

/** A vacancy requires each skill once; {@link #positions()} are the repeated entries of the required skills. */
public class SkillRequiredTwice extends DomainError {

    private final List<Integer> positions;

    public SkillRequiredTwice(List<Integer> positions) {
        super("A skill is required more than once");
        this.positions = List.copyOf(positions);
    }

    public List<Integer> positions() {
        return positions;
    }
}

package org.rungs.training.program.domain;

import java.util.List;

import org.rungs.spine.domain.DomainError;

/**
 * A program lists each occupation and each taught skill once; the positions of the repeated entries are named.
 */
public class ProgramListsRepeat extends DomainError {

    private final List<Integer> occupations;
    private final List<Integer> skills;

    public ProgramListsRepeat(List<Integer> occupations, List<Integer> skills) {
        super("A program lists an occupation or a skill more than once");
        this.occupations = List.copyOf(occupations);
        this.skills = List.copyOf(skills);
    }

    /** Positions of repeated occupation codes. */
    public List<Integer> occupations() {
        return occupations;
    }

    /** Positions of repeated taught skills. */
    public List<Integer> skills() {
        return skills;
    }
}

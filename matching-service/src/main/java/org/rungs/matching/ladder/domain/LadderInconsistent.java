package org.rungs.matching.ladder.domain;

/**
 * A published ladder that cannot be kept as it came: a rung or transition listed twice, an element required twice by
 * one rung or transition, or a transition from or to a rung the ladder does not have. The event that carried it is
 * refused as invalid (it never reaches a person, so it is no problem type).
 */
public class LadderInconsistent extends IllegalArgumentException {

    public LadderInconsistent(String message) {
        super(message);
    }
}

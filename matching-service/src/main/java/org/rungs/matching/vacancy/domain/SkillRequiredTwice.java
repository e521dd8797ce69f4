package org.rungs.matching.vacancy.domain;

/**
 * A vacancy lists each required element once. One that does not cannot be matched: the event that opened it is refused
 * as invalid (it never reaches a person, so it is no problem type).
 */
public class SkillRequiredTwice extends IllegalArgumentException {

    public SkillRequiredTwice(String elementId) {
        super("requiredSkills lists " + elementId + " more than once");
    }
}

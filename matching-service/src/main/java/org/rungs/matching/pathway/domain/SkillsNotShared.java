package org.rungs.matching.pathway.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** Matching keeps the skills only of participants who share them with employers; without them it plans nothing. */
public class SkillsNotShared extends DomainError {

    public SkillsNotShared(UUID participantId) {
        super("Participant " + participantId + " does not share their skills with employers, and matching keeps no "
                + "skills of theirs to plan a pathway from (their consent to share their profile brings them back)");
    }
}

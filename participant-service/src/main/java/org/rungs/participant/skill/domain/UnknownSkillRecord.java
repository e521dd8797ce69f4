package org.rungs.participant.skill.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** No skill record of this participant has this id. */
public class UnknownSkillRecord extends NotFound {

    public UnknownSkillRecord(UUID id) {
        super("Skill record", id);
    }
}

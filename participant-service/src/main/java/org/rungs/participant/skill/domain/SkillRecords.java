package org.rungs.participant.skill.domain;

import java.util.List;
import java.util.UUID;

import org.rungs.contracts.common.SkillLevel;
import org.rungs.spine.domain.Repository;

/** The skill records of participants. */
public interface SkillRecords extends Repository<SkillRecord> {

    /** A participant's records, newest first. */
    List<SkillRecord> ofParticipant(UUID participantId);

    /** A participant's current skills: the best level recorded for each element, by element id. */
    List<SkillLevel> bestLevels(UUID participantId);
}

package org.rungs.participant.skill.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a skill level became known: an assessment, a credential earned, or the participant's own account. */
public enum SkillSource {

    ASSESSED, CREDENTIAL, SELF_REPORTED;

    @JsonValue
    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }
}

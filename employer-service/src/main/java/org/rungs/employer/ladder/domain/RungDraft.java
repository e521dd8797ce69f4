package org.rungs.employer.ladder.domain;

import java.util.List;

/** A rung to add: every value given, defaults already applied by the use case. */
public record RungDraft(int tier, String occupationCode, String localTitle, WageBand wageBand,
        List<RequiredSkill> requiredSkills, List<String> requiredCredentials, List<RungEmployer> employers) {

    public RungDraft {
        requiredSkills = List.copyOf(requiredSkills);
        requiredCredentials = List.copyOf(requiredCredentials);
        employers = List.copyOf(employers);
    }
}

package org.rungs.employer.ladder.domain;

import java.util.List;

import org.rungs.spine.domain.Text;

/**
 * What it takes to move along a transition: skills at minimum levels, months in the rung (none when null) and a
 * credential (none when null).
 */
public record PromotionCriteria(List<RequiredSkill> skills, Integer monthsInRung, String credential) {

    public PromotionCriteria {
        skills = List.copyOf(skills);
        credential = Text.optional(credential);
    }
}

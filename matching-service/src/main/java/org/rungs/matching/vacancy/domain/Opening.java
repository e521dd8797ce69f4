package org.rungs.matching.vacancy.domain;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/**
 * What ranking needs of an open vacancy besides its required skills: its employer, wage and shift, the rung it fills
 * (if it names one) with its tier and occupation, the rungs from which a published ladder leads to it, and the
 * credentials those steps ask for.
 */
public record Opening(UUID employerId, BigDecimal hourlyWage, String shift, UUID rungId, Integer tier,
        String occupationCode, Set<UUID> rungsBelow, Set<String> credentialsRequired) {

    public Opening {
        rungsBelow = Set.copyOf(rungsBelow);
        credentialsRequired = Set.copyOf(credentialsRequired);
    }
}

package org.rungs.matching.match.application;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How matching proposes candidates ({@code rungs.matching.*} in application.properties). */
@ConfigMapping(prefix = "rungs.matching")
public interface MatchingConfig {

    /** The lowest score (share of required skills met, 0–1) at which a participant is proposed. */
    @WithDefault("0.5")
    @DecimalMin("0")
    @DecimalMax("1")
    BigDecimal minScore();

    /** The most candidates proposed for one vacancy. */
    @WithDefault("50")
    @Min(1)
    int maxProposals();

    /** The most participant events the feed applies in one transaction. */
    @WithDefault("1000")
    @Min(1)
    int feedBatch();

    default org.rungs.matching.match.domain.Shortlist shortlist() {
        return new org.rungs.matching.match.domain.Shortlist(minScore(), maxProposals());
    }
}

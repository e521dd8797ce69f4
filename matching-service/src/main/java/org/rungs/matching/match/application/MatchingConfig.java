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
    @WithDefault("4000")
    @Min(1)
    int feedBatch();

    /**
     * How many threads weigh a feed batch's participants in memory side by side (the reverse query and the appraisals);
     * by default one per processor.
     */
    java.util.OptionalInt weighers();

    /**
     * How many more candidates than {@code max-proposals} the skill index hands to ranking (the best by coverage):
     * ranking reorders them by every factor and keeps the best.
     */
    @WithDefault("4")
    @Min(1)
    int oversample();

    /** The weight of each ranking factor (docs/adr/0020-explainable-ranking.md). */
    Weights weights();

    interface Weights {

        @WithDefault("0.40")
        @DecimalMin("0")
        BigDecimal coverage();

        @WithDefault("0.15")
        @DecimalMin("0")
        BigDecimal levelGaps();

        @WithDefault("0.10")
        @DecimalMin("0")
        BigDecimal credentials();

        @WithDefault("0.10")
        @DecimalMin("0")
        BigDecimal rungFit();

        @WithDefault("0.10")
        @DecimalMin("0")
        BigDecimal wageGain();

        @WithDefault("0.05")
        @DecimalMin("0")
        BigDecimal internal();

        @WithDefault("0.10")
        @DecimalMin("0")
        BigDecimal schedule();
    }

    default org.rungs.matching.match.domain.Appraisal.Weights rankingWeights() {
        Weights w = weights();
        return new org.rungs.matching.match.domain.Appraisal.Weights(w.coverage(), w.levelGaps(), w.credentials(),
                w.rungFit(), w.wageGain(), w.internal(), w.schedule());
    }

    default org.rungs.matching.match.domain.Shortlist shortlist() {
        return new org.rungs.matching.match.domain.Shortlist(minScore(), maxProposals());
    }
}

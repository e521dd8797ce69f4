package org.rungs.reporting.indicator.application;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How indicators are shown ({@code rungs.reporting.*}). */
@ConfigMapping(prefix = "rungs.reporting")
public interface IndicatorsConfig {

    /**
     * The smallest person-based count shown where suppression applies: counts from 1 to this value minus one could
     * identify people and are hidden.
     */
    @WithDefault("5")
    @Min(1)
    int minCellSize();
}

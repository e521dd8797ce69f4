package org.rungs.reporting.config;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** reporting-service settings ({@code rungs.reporting.*}). */
@ConfigMapping(prefix = "rungs.reporting")
public interface ReportingConfig {

    /**
     * The smallest person-based count shown where suppression applies: counts from 1 to this value minus one could
     * identify people and are hidden.
     */
    @WithDefault("5")
    @Min(1)
    int minCellSize();

    Replay replay();

    interface Replay {

        /**
         * How long a replay may take to read the topics up to the ends it noted; past it the replay stops and answers
         * 503, and the read models stay incomplete until the next replay.
         */
        @WithDefault("10m")
        Duration timeout();
    }
}

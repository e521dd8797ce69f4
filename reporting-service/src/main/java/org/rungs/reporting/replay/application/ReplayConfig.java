package org.rungs.reporting.replay.application;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How replays run ({@code rungs.reporting.replay.*}). */
@ConfigMapping(prefix = "rungs.reporting.replay")
public interface ReplayConfig {

    /**
     * How long a replay may take to read the topics; past it the replay fails and the read models stay as they were.
     */
    @WithDefault("10m")
    Duration timeout();
}

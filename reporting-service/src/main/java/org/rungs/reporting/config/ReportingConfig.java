package org.rungs.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "rungs.reporting")
public interface ReportingConfig {

    /** Person-based counts from 1 to this value minus one are suppressed for callers without raw access. */
    @WithDefault("5")
    int minCellSize();
}

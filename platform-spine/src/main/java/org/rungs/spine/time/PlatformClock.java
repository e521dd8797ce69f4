package org.rungs.spine.time;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The clock use cases take their time from: UTC, in whole microseconds (what PostgreSQL's {@code timestamptz} keeps, so
 * an instant reads back as it was written). Tests may replace it with a fixed clock.
 */
public class PlatformClock {

    @Produces
    @Singleton
    @DefaultBean
    public Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}

package org.rungs.spine.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings every Rungs service shares ({@code rungs.*} in application.properties). */
@ConfigMapping(prefix = "rungs")
public interface SpineConfig {

    /** The service's name: the CloudEvents {@code source} and the Kafka client id prefix. */
    String serviceName();

    Outbox outbox();

    Topics topics();

    Idempotency idempotency();

    interface Outbox {

        /** Whether this instance runs the relay that publishes the outbox to Kafka. */
        @WithDefault("true")
        boolean enabled();

        /** Fallback poll when no commit has woken the relay (it is woken on every commit). */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("500")
        int batchSize();

        /** Published rows are kept this long for audit, then deleted. */
        @WithDefault("P7D")
        Duration keepPublished();
    }

    interface Topics {

        /** Partitions of each platform topic when a service creates it. */
        @WithDefault("3")
        int partitions();

        @WithDefault("1")
        short replicationFactor();

        /** Retention of platform topics; -1 keeps every event so read models can be rebuilt by replay. */
        @WithDefault("-1")
        long retentionMs();
    }

    interface Idempotency {

        /** How long the response to an {@code Idempotency-Key} is kept for retries. */
        @WithDefault("PT24H")
        Duration retention();
    }
}

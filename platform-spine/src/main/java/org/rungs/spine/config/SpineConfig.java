package org.rungs.spine.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings every Rungs service shares ({@code rungs.*} in application.properties). */
@ConfigMapping(prefix = "rungs")
public interface SpineConfig {

    /** The service's name: the CloudEvents {@code source} and the Kafka client id prefix. */
    String serviceName();

    /**
     * The service's own PostgreSQL schema, which its Flyway migrations create; its login role is
     * {@code <schema>_service}.
     */
    String schema();

    Outbox outbox();

    Topics topics();

    Idempotency idempotency();

    Inbox inbox();

    Consumer consumer();

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

    interface Inbox {

        /**
         * How long the id of an applied event is kept; it must be longer than the topics' retention (unset: that and a
         * week, or forever when topics keep events forever). See {@code InboxRetention}.
         */
        Optional<Duration> retention();
    }

    interface Consumer {

        /** The longest pause between two tries of an event that failed for a reason other than itself. */
        @WithDefault("30s")
        Duration maxBackoff();

        /** The most records one poll of the inbound consumer returns. */
        @WithDefault("200")
        int maxPollRecords();
    }

    interface Idempotency {

        /** How long the response to an {@code Idempotency-Key} is kept for retries. */
        @WithDefault("PT24H")
        Duration retention();
    }
}

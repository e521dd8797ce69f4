package org.rungs.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness of the participant feed: down when it no longer reads, or when a batch failed for want of memory (the
 * instance cannot serve until it restarts). A batch that fails for another reason is retried and keeps it up; how many
 * times in a row it failed is reported.
 */
@Liveness
@ApplicationScoped
public class FeedHealth implements HealthCheck {

    private final ParticipantFeed feed;

    public FeedHealth(ParticipantFeed feed) {
        this.feed = feed;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("participant-feed")
                .status(feed.isRunning() && !feed.isOutOfMemory())
                .withData("outOfMemory", feed.isOutOfMemory())
                .withData("failingAttempts", feed.failingAttempts())
                .withData("positions", feed.positions().toString())
                .build();
    }
}

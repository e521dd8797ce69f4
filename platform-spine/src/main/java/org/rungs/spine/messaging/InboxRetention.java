package org.rungs.spine.messaging;

import java.time.Duration;
import java.util.Optional;

/**
 * How long the inbox keeps the id of an event it applied. A row may go only when the event it stands for can no longer
 * be delivered again, that is once the topic no longer holds it: a consumer whose offsets were lost reads its topics
 * again from the start, and every event still there must be recognised. So the inbox keeps its rows longer than the
 * topics keep events: forever when they keep events forever (the platform's default, so read models can be rebuilt),
 * else the topics' retention and a week, unless {@code rungs.inbox.retention} says longer.
 */
public final class InboxRetention {

    /** The margin over the topics' retention when none is configured. */
    static final Duration MARGIN = Duration.ofDays(7);

    private InboxRetention() {
    }

    /**
     * @param configured
     *            {@code rungs.inbox.retention}
     * @param topicRetentionMs
     *            {@code rungs.topics.retention-ms}; -1 keeps events forever
     * @return how long rows are kept; empty for forever
     * @throws IllegalArgumentException
     *             when the configured retention is not longer than the topics'
     */
    public static Optional<Duration> of(Optional<Duration> configured, long topicRetentionMs) {
        if (topicRetentionMs < 0) {
            if (configured.isPresent()) {
                throw new IllegalArgumentException("rungs.inbox.retention=" + configured.get() + " is shorter than "
                        + "the topics' retention (rungs.topics.retention-ms=-1 keeps events forever): an event could "
                        + "be applied twice; leave rungs.inbox.retention unset");
            }
            return Optional.empty();
        }
        Duration topics = Duration.ofMillis(topicRetentionMs);
        if (configured.isEmpty()) {
            return Optional.of(topics.plus(MARGIN));
        }
        if (configured.get().compareTo(topics) <= 0) {
            throw new IllegalArgumentException("rungs.inbox.retention=" + configured.get() + " must be longer than "
                    + "the topics' retention (" + topics + "), or an event could be applied twice");
        }
        return configured;
    }
}

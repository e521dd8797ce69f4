package org.rungs.employer.ladder.application;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.employer.ladder.domain.Ladder;
import org.rungs.employer.ladder.domain.Ladders;
import org.rungs.employer.ladder.domain.UnknownLadder;
import org.rungs.spine.outbox.Outbox;

/**
 * A network admin publishes a ladder ({@code ladder.published.v1}, its next version) so that matching and reporting
 * keep their copies, or retires it ({@code ladder.retired.v1}).
 */
@ApplicationScoped
public class PublishLadder {

    private final Ladders ladders;
    private final Outbox outbox;
    private final Clock clock;

    public PublishLadder(Ladders ladders, Outbox outbox, Clock clock) {
        this.ladders = ladders;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Ladder publish(UUID ladderId) {
        Ladder ladder = ladders.byIdForChange(ladderId).orElseThrow(() -> new UnknownLadder(ladderId));
        ladder.publish(clock);
        outbox.publish(ladder);
        return ladder;
    }

    @Transactional
    public Ladder retire(UUID ladderId) {
        Ladder ladder = ladders.byIdForChange(ladderId).orElseThrow(() -> new UnknownLadder(ladderId));
        ladder.retire(clock);
        outbox.publish(ladder);
        return ladder;
    }
}

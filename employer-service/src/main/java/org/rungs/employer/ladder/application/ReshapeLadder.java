package org.rungs.employer.ladder.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.employer.ladder.domain.Ladder;
import org.rungs.employer.ladder.domain.Ladders;
import org.rungs.employer.ladder.domain.UnknownLadder;

/** A network admin takes a rung (with its transitions) or a transition off a ladder. */
@ApplicationScoped
public class ReshapeLadder {

    private final Ladders ladders;

    public ReshapeLadder(Ladders ladders) {
        this.ladders = ladders;
    }

    @Transactional
    public Ladder removeRung(UUID ladderId, UUID rungId) {
        Ladder ladder = ladders.byIdForChange(ladderId).orElseThrow(() -> new UnknownLadder(ladderId));
        ladder.removeRung(rungId);
        return ladder;
    }

    @Transactional
    public Ladder removeTransition(UUID ladderId, UUID transitionId) {
        Ladder ladder = ladders.byIdForChange(ladderId).orElseThrow(() -> new UnknownLadder(ladderId));
        ladder.removeTransition(transitionId);
        return ladder;
    }
}

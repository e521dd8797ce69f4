package org.rungs.employer.ladder.application;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.employer.ladder.domain.Ladder;
import org.rungs.employer.ladder.domain.LadderKind;
import org.rungs.employer.ladder.domain.Ladders;
import org.rungs.employer.suggestion.domain.Taxonomy;

/** A network admin starts a career ladder, as a draft. */
@ApplicationScoped
public class DraftLadder {

    public record Command(String title, String naicsCode, String region, Taxonomy taxonomy, LadderKind kind) {
    }

    private final Ladders ladders;
    private final Clock clock;

    public DraftLadder(Ladders ladders, Clock clock) {
        this.ladders = ladders;
        this.clock = clock;
    }

    @Transactional
    public Ladder draft(Command command) {
        Ladder ladder = Ladder.draft(command.title(), command.naicsCode(), command.region(), command.taxonomy(),
                command.kind(), clock);
        ladders.add(ladder);
        return ladder;
    }
}

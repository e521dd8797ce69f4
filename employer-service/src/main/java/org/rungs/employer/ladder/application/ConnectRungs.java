package org.rungs.employer.ladder.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.employer.ladder.domain.Ladder;
import org.rungs.employer.ladder.domain.Ladders;
import org.rungs.employer.ladder.domain.PromotionCriteria;
import org.rungs.employer.ladder.domain.Transition;
import org.rungs.employer.ladder.domain.TransitionRefused;
import org.rungs.employer.ladder.domain.UnknownLadder;
import org.rungs.employer.program.domain.PublishedPrograms;

/**
 * A network admin connects two rungs with a transition: its promotion criteria and the training programs (published to
 * the asset map) that bridge it.
 */
@ApplicationScoped
public class ConnectRungs {

    /** Null criteria take the target rung's requirements. */
    public record Command(UUID ladderId, UUID fromRungId, UUID toRungId, PromotionCriteria criteria,
            List<UUID> bridgingPrograms) {
    }

    private final Ladders ladders;
    private final PublishedPrograms programs;

    public ConnectRungs(Ladders ladders, PublishedPrograms programs) {
        this.ladders = ladders;
        this.programs = programs;
    }

    @Transactional
    public Transition connect(Command c) {
        Ladder ladder = ladders.byIdForChange(c.ladderId()).orElseThrow(() -> new UnknownLadder(c.ladderId()));
        Map<String, String> refused = new LinkedHashMap<>();
        for (int i = 0; i < c.bridgingPrograms().size(); i++) {
            if (!programs.exists(c.bridgingPrograms().get(i))) {
                refused.put("bridgingPrograms[" + i + "]", "is not a program published to the training asset map");
            }
        }
        if (!refused.isEmpty()) {
            throw new TransitionRefused(refused);
        }
        return ladder.connect(c.fromRungId(), c.toRungId(), c.criteria(), c.bridgingPrograms());
    }
}

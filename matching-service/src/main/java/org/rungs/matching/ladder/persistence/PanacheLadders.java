package org.rungs.matching.ladder.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.matching.ladder.domain.Ladder;
import org.rungs.matching.ladder.domain.Ladders;
import org.rungs.spine.persistence.PanacheAggregates;

@ApplicationScoped
public class PanacheLadders implements Ladders, PanacheAggregates<Ladder> {
}

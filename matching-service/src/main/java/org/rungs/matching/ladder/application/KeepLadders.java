package org.rungs.matching.ladder.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.rungs.contracts.employer.LadderPublished;
import org.rungs.contracts.employer.LadderRetired;
import org.rungs.matching.ladder.domain.Ladder;
import org.rungs.matching.ladder.domain.LadderInconsistent;
import org.rungs.matching.ladder.domain.Ladders;
import org.rungs.spine.events.PoisonEventException;

/**
 * A network admin published or retired a career ladder: matching keeps its own copy of the latest version, for ranking
 * a vacancy as a participant's next rung (nothing reads it yet). A version no higher than the one kept changes nothing;
 * a retirement is final, also when it is read before the ladder's publication.
 */
@ApplicationScoped
public class KeepLadders {

    private static final Logger LOG = Logger.getLogger(KeepLadders.class);

    private final Ladders ladders;
    private final Clock clock;

    public KeepLadders(Ladders ladders, Clock clock) {
        this.ladders = ladders;
        this.clock = clock;
    }

    @Transactional
    public void published(LadderPublished publication) {
        Instant now = clock.instant();
        Optional<Ladder> known = ladders.byIdForChange(publication.ladderId());
        try {
            if (known.isEmpty()) {
                ladders.add(Ladder.published(publication, now));
            } else if (!known.get().publish(publication, now)) {
                LOG.debugf("Version %s of ladder %s is not newer than the one kept (%s): nothing changes",
                        Integer.valueOf(publication.version()), publication.ladderId(),
                        Integer.valueOf(known.get().version()));
            }
        } catch (LadderInconsistent e) {
            throw new PoisonEventException("invalid", "ladder.published: " + e.getMessage());
        }
    }

    @Transactional
    public void retired(LadderRetired retirement) {
        Instant now = clock.instant();
        ladders.byIdForChange(retirement.ladderId()).ifPresentOrElse(
                ladder -> ladder.retire(retirement.retiredAt(), now),
                () -> ladders.add(Ladder.retiredUnseen(retirement.ladderId(), retirement.retiredAt(), now)));
    }
}

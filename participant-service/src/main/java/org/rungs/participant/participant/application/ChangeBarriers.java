package org.rungs.participant.participant.application;

import java.time.Clock;
import java.util.Collection;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.participant.participant.domain.Barrier;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participant.domain.Participants;
import org.rungs.participant.participant.domain.UnknownParticipant;
import org.rungs.spine.outbox.Outbox;

/** A navigator updates a participant's barriers to employment ({@code participant.barriers-changed.v1}). */
@ApplicationScoped
public class ChangeBarriers {

    private final Participants participants;
    private final Outbox outbox;
    private final Clock clock;

    public ChangeBarriers(Participants participants, Outbox outbox, Clock clock) {
        this.participants = participants;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Participant change(UUID participantId, Collection<Barrier> barriers) {
        Participant p = participants.byIdForChange(participantId)
                .orElseThrow(() -> new UnknownParticipant(participantId));
        if (p.changeBarriers(barriers, clock)) {
            outbox.publish(p);
        }
        return p;
    }
}

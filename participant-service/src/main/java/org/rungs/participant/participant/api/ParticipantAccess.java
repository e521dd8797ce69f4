package org.rungs.participant.participant.api;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participant.domain.Participants;
import org.rungs.participant.participant.domain.UnknownParticipant;
import org.rungs.spine.security.Caller;

/**
 * Who may serve a participant: a network admin any, a navigator those of their own agency. Any other participant is
 * answered as not found, so a navigator cannot learn who another agency serves.
 */
@RequestScoped
public class ParticipantAccess {

    private final Participants participants;
    private final Caller caller;

    public ParticipantAccess(Participants participants, Caller caller) {
        this.participants = participants;
        this.caller = caller;
    }

    public Participant visible(UUID id) {
        return participants.byId(id)
                .filter(p -> caller.isNetworkAdmin() || caller.organisation().map(p::servedBy).orElse(false))
                .orElseThrow(() -> new UnknownParticipant(id));
    }
}

package org.rungs.participant.participant;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.security.Caller;

/**
 * Who may serve a participant: a network admin any, a navigator those of their own agency. Any other participant is
 * answered as not found, so a navigator cannot learn who another agency serves.
 */
@ApplicationScoped
public class ParticipantAccess {

    private final ParticipantRepository participants;
    private final Caller caller;

    public ParticipantAccess(ParticipantRepository participants, Caller caller) {
        this.participants = participants;
        this.caller = caller;
    }

    public Participant visible(UUID id) {
        Participant p = participants.findById(id);
        if (p == null || !caller.mayAccess(p.partnerAgency)) {
            throw ProblemException.notFound("Participant", id);
        }
        return p;
    }
}

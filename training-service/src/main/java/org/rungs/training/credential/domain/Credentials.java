package org.rungs.training.credential.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.rungs.spine.domain.Repository;

/** Credentials awarded. */
public interface Credentials extends Repository<Credential> {

    /** The participant's credentials, latest first. */
    List<Credential> ofParticipant(UUID participantId);

    /** The programs whose credential the participant holds. */
    Set<UUID> programsHeld(UUID participantId);
}

package org.rungs.matching.participant.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The participants matching knows of. */
public interface Participants {

    Optional<Participant> byId(UUID id);

    void add(Participant participant);

    /** Every participant who shares with employers, skills included. */
    List<Participant> consenting();
}

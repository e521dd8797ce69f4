package org.rungs.matching.employment.domain;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Who works for which employer now, as matching has read it. */
public interface Incumbencies {

    Optional<Incumbency> byEmployment(UUID employmentId);

    void add(Incumbency incumbency);

    void remove(Incumbency incumbency);

    /** Sends a change of the incumbency to the database now (ranking reads it in the same transaction). */
    void changed(Incumbency incumbency);

    boolean employs(UUID employerId, UUID participantId);

    /** The participants who work for the employer now. */
    Set<UUID> participantsOf(UUID employerId);
}

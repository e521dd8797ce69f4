package org.rungs.participant.participation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A participant's services log, performance exclusions and announced exits. */
public interface CaseRecords {

    void add(ServiceRecord service);

    void add(Exclusion exclusion);

    void add(ParticipantExit exit);

    Optional<ServiceRecord> service(UUID participantId, UUID serviceId);

    /** The participant's services, cancelled ones included, latest day first. */
    List<ServiceRecord> services(UUID participantId);

    /** The participant's exclusions, earliest day first. */
    List<Exclusion> exclusions(UUID participantId);

    /** The participant's announced exits, earliest first. */
    List<ParticipantExit> exits(UUID participantId);

    /**
     * Participants whose log may hold a period that ended by the day (90 days without service after it) and whose exit
     * is not announced yet, at most {@code limit}.
     */
    List<UUID> mayHaveExitedBy(LocalDate day, int limit);
}

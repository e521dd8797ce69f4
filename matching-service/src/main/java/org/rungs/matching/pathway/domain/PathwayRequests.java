package org.rungs.matching.pathway.domain;

import java.util.Collection;
import java.util.List;

import org.rungs.spine.domain.Repository;

/** The pathways asked for. */
public interface PathwayRequests extends Repository<PathwayRequest> {

    /** Those of these participants. */
    List<PathwayRequest> ofParticipants(Collection<java.util.UUID> participantIds);

    /** Every one (programs or cohorts changed). */
    List<PathwayRequest> all();
}

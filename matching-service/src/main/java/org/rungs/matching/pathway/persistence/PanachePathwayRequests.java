package org.rungs.matching.pathway.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.matching.pathway.domain.PathwayRequest;
import org.rungs.matching.pathway.domain.PathwayRequests;
import org.rungs.spine.persistence.PanacheAggregates;

@ApplicationScoped
public class PanachePathwayRequests implements PathwayRequests, PanacheAggregates<PathwayRequest> {

    @Override
    public List<PathwayRequest> ofParticipants(Collection<UUID> participantIds) {
        return participantIds.isEmpty() ? List.of() : list("participantId in ?1", participantIds);
    }

    @Override
    public List<PathwayRequest> all() {
        return listAll();
    }
}

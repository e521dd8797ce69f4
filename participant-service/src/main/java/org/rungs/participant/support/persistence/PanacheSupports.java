package org.rungs.participant.support.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.participant.support.domain.SupportReferral;
import org.rungs.participant.support.domain.Supports;
import org.rungs.spine.persistence.PanacheAggregates;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheSupports implements Supports, PanacheAggregates<SupportReferral> {

    @Override
    public List<SupportReferral> ofParticipant(UUID participantId) {
        return list("participantId", Sort.descending("referredOn").and("recordedAt", Sort.Direction.Descending)
                .and("id"), participantId);
    }
}

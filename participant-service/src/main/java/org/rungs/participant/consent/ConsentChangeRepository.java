package org.rungs.participant.consent;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ConsentChangeRepository implements PanacheRepositoryBase<ConsentChange, UUID> {

    /** A participant's consent history, oldest first. */
    public List<ConsentChange> ofParticipant(UUID participantId) {
        return list("participantId", Sort.ascending("changedAt").and("id"), participantId);
    }
}

package org.rungs.training.credential.persistence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.spine.persistence.PanacheAggregates;
import org.rungs.training.credential.domain.Credential;
import org.rungs.training.credential.domain.Credentials;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheCredentials implements Credentials, PanacheAggregates<Credential> {

    @Override
    public List<Credential> ofParticipant(UUID participantId) {
        return list("participantId", Sort.descending("awardedOn").and("id"), participantId);
    }

    @Override
    public Set<UUID> programsHeld(UUID participantId) {
        return new HashSet<>(getEntityManager().createQuery(
                "select distinct c.programId from Credential c where c.participantId = :participant", UUID.class)
                .setParameter("participant", participantId).getResultList());
    }
}

package org.rungs.matching.employment.persistence;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.matching.employment.domain.Incumbencies;
import org.rungs.matching.employment.domain.Incumbency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PanacheIncumbencies implements Incumbencies, PanacheRepositoryBase<Incumbency, UUID> {

    @Override
    public Optional<Incumbency> byEmployment(UUID employmentId) {
        return findByIdOptional(employmentId);
    }

    @Override
    public void add(Incumbency incumbency) {
        persist(incumbency);
    }

    @Override
    public void remove(Incumbency incumbency) {
        delete(incumbency);
    }

    @Override
    public void changed(Incumbency incumbency) {
        flush();
    }

    @Override
    public boolean employs(UUID employerId, UUID participantId) {
        return count("employerId = ?1 and participantId = ?2", employerId, participantId) > 0;
    }

    @Override
    public Set<UUID> participantsOf(UUID employerId) {
        return new HashSet<>(getEntityManager().createQuery(
                "select i.participantId from Incumbency i where i.employerId = :employer", UUID.class)
                .setParameter("employer", employerId).getResultList());
    }
}

package org.rungs.training.learner.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.rungs.training.learner.domain.Learner;
import org.rungs.training.learner.domain.Learners;

@ApplicationScoped
public class JpaLearners implements Learners {

    private final EntityManager em;

    public JpaLearners(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Learner> byId(UUID participantId) {
        return Optional.ofNullable(em.find(Learner.class, participantId));
    }

    @Override
    public Optional<Learner> byIdForChange(UUID participantId) {
        return Optional.ofNullable(em.find(Learner.class, participantId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(Learner learner) {
        em.persist(learner);
    }
}

package org.rungs.training.credential.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.rungs.training.credential.domain.SigningKey;
import org.rungs.training.credential.domain.SigningKeys;

@ApplicationScoped
public class JpaSigningKeys implements SigningKeys {

    private final EntityManager em;

    public JpaSigningKeys(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<SigningKey> currentLocked() {
        em.createNativeQuery("lock table signing_key in share row exclusive mode").executeUpdate();
        return current();
    }

    @Override
    public Optional<SigningKey> current() {
        return all().stream().findFirst();
    }

    @Override
    public List<SigningKey> all() {
        return em.createQuery("from SigningKey k order by k.createdAt desc, k.kid", SigningKey.class)
                .getResultList();
    }

    @Override
    public void add(SigningKey key) {
        em.persist(key);
    }
}
